/**
 * The command line: Picocli commands, the exit codes ({@link org.claimcheck.cli.ExitCode}) and the
 * one place that maps failures to them ({@link org.claimcheck.cli.Failures}).
 *
 * <p>Commands are thin: they parse options, call the facade ({@link org.claimcheck.Claimcheck}) or
 * the claims format's classes once and print the result. Only {@link org.claimcheck.cli.Main} calls
 * {@code System.exit}. No other package may depend on this one.
 *
 * <p>Depends on the facade's package {@code claimcheck}, {@code claimsjson}, {@code query}, {@code
 * report}, {@code rules} (timings), {@code store} (where the data is), {@code io} (output files),
 * {@code validate} (its text), {@code model}, {@code vocab}, {@code work} and {@code error}.
 */
package org.claimcheck.cli;
