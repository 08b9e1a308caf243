package org.claimcheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --output FILE} of the commands that write one text: the file, written atomically, or
 * standard output when it is not given or is {@code -}.
 */
final class OutputOption {
  @Option(
      names = "--output",
      converter = Options.OutputConverter.class,
      paramLabel = "FILE",
      description =
          "Write to FILE (atomically) instead of standard output (or to -, standard output).")
  Path output;

  /** Writes {@code content} to the file given, else to the command's standard output. */
  void emit(CommandSpec spec, String content) {
    Options.emit(spec, output, content);
  }
}
