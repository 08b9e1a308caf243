package org.claimcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the shell completion script and the man pages, at build time, from the same picocli model
 * that parses the command line: a command line with every subcommand registered (a run registers
 * only the one it runs, for its start-up time).
 *
 * <p>{@code java -cp claimcheck.jar org.claimcheck.cli.Manual DIR} writes {@code
 * DIR/completion/claimcheck.bash} (bash, and zsh through {@code bashcompinit}) and {@code
 * DIR/man/claimcheck.1}, {@code DIR/man/claimcheck-check.1}, ... in roff.
 */
public final class Manual {
  private Manual() {}

  /** Writes the completion script and the man pages under {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Manual OUTPUT_DIR");
    }
    Path out = Path.of(args[0]);
    CommandLine top = everyCommand();
    write(out.resolve("completion/claimcheck.bash"), AutoComplete.bash("claimcheck", top));
    write(out.resolve("man/claimcheck.1"), page(top));
    for (Map.Entry<String, CommandLine> sub : top.getSubcommands().entrySet()) {
      write(out.resolve("man/claimcheck-" + sub.getKey() + ".1"), page(sub.getValue()));
    }
  }

  /** The command line with every subcommand and the exit codes, as {@code --help} shows them. */
  static CommandLine everyCommand() {
    CommandLine top = new CommandLine(new ClaimcheckCommand());
    ClaimcheckCommand.addSubcommands(top);
    return top;
  }

  /**
   * The man page of one command, in roff (man(7) macros). No date, so that two builds give the same
   * bytes.
   */
  static String page(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    String name = spec.qualifiedName("-");
    StringBuilder roff = new StringBuilder();
    roff.append(".TH ")
        .append(name.toUpperCase(Locale.ROOT))
        .append(" 1 \"\" \"claimcheck ")
        .append(version(spec))
        .append("\" \"claimcheck manual\"\n");
    String[] description = spec.usageMessage().description();
    roff.append(".SH NAME\n")
        .append(escape(name))
        .append(" \\- ")
        .append(escape(description.length == 0 ? "" : firstSentence(description[0])))
        .append('\n');
    roff.append(".SH SYNOPSIS\n.nf\n")
        .append(escape(command.getHelp().synopsis(0).strip()))
        .append("\n.fi\n");
    roff.append(".SH DESCRIPTION\n");
    for (String paragraph : description) {
      roff.append(".PP\n").append(escape(paragraph)).append('\n');
    }
    List<String> commands = new ArrayList<>(command.getSubcommands().keySet());
    if (!commands.isEmpty()) {
      roff.append(".SH COMMANDS\n");
      for (String sub : commands) {
        String[] about =
            command.getSubcommands().get(sub).getCommandSpec().usageMessage().description();
        roff.append(".TP\n\\fB")
            .append(escape(sub))
            .append("\\fR\n")
            .append(escape(about.length == 0 ? "" : firstSentence(about[0])))
            .append('\n');
      }
    }
    if (!spec.positionalParameters().isEmpty()) {
      roff.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : spec.positionalParameters()) {
        roff.append(".TP\n\\fI")
            .append(escape(p.paramLabel()))
            .append("\\fR\n")
            .append(escape(String.join(" ", p.description())))
            .append('\n');
      }
    }
    roff.append(".SH OPTIONS\n");
    for (OptionSpec option : spec.options()) {
      roff.append(".TP\n\\fB").append(escape(String.join(", ", option.names()))).append("\\fR");
      if (option.arity().max() > 0) {
        roff.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
      }
      roff.append('\n').append(escape(String.join(" ", option.description()))).append('\n');
    }
    roff.append(".SH EXIT STATUS\n.nf\n")
        .append(escape(ExitCode.table().strip()))
        .append("\n.fi\n");
    if (!spec.qualifiedName().equals("claimcheck")) {
      roff.append(".SH SEE ALSO\n\\fBclaimcheck\\fR(1)\n");
    }
    return roff.toString();
  }

  private static String version(CommandSpec spec) {
    String[] version = spec.root().version();
    if (version.length == 0 && spec.root().versionProvider() != null) {
      try {
        version = spec.root().versionProvider().getVersion();
      } catch (Exception e) {
        return "";
      }
    }
    return version.length == 0 ? "" : version[0].replaceFirst("^claimcheck ", "");
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text.replaceFirst("\\.$", "") : text.substring(0, end);
  }

  /**
   * Text safe in roff: backslashes doubled, a leading dot or apostrophe kept from being a request.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.replace("\\", "\\e").split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (line.startsWith(".") || line.startsWith("'")) {
        out.append("\\&");
      }
      out.append(line.replace("-", "\\-"));
    }
    return out.toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
