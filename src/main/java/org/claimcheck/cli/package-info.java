/**
 * The command line: Picocli commands, the exit codes ({@link org.claimcheck.cli.ExitCode}) and
 * the one place that maps failures to them ({@link org.claimcheck.cli.Failures}).
 *
 * <p>Commands are thin: they parse options, call a core facade once and print its result. Only
 * {@link org.claimcheck.cli.Main} calls {@code System.exit}. No other package may depend on this
 * one.
 */
package org.claimcheck.cli;
