package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script and the man pages the build writes: one page per command, readable by groff
 * without a warning, and a bash completion that completes commands and options.
 */
class ManualTest {
  @TempDir static Path out;

  private static Path generated() throws IOException {
    if (!Files.exists(out.resolve("man/claimcheck.1"))) {
      Manual.main(new String[] {out.toString()});
    }
    return out;
  }

  @Test
  void everyCommandHasAManPageWithItsOptionsAndTheExitCodes() throws Exception {
    Path man = generated().resolve("man");
    for (String command :
        List.of(
            "new",
            "validate",
            "check",
            "report",
            "load",
            "query",
            "import",
            "vocabulary",
            "schema",
            "help")) {
      assertThat(man.resolve("claimcheck-" + command + ".1")).as(command).isRegularFile();
    }
    String check = Files.readString(man.resolve("claimcheck-check.1"));
    assertThat(check)
        .startsWith(".TH CLAIMCHECK-CHECK 1 \"\" \"claimcheck ")
        .contains(".SH SYNOPSIS\n.nf\nclaimcheck check [\\-hV]")
        .contains(".TP\n\\fB\\-\\-min\\-severity\\fR \\fILEVEL\\fR\n")
        .contains("7  INTERNAL");
    String top = Files.readString(man.resolve("claimcheck.1"));
    assertThat(top).contains(".SH COMMANDS\n.TP\n\\fBnew\\fR\n").contains("\\fBcheck\\fR");
    Process groff =
        new ProcessBuilder(
                "groff", "-ww", "-z", "-man", man.resolve("claimcheck-check.1").toString())
            .redirectErrorStream(true)
            .start();
    String warnings = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(groff.waitFor()).as(warnings).isZero();
    assertThat(warnings).isEmpty();
  }

  @Test
  void bashCompletesCommandsAndTheirOptions() throws Exception {
    Path script = generated().resolve("completion/claimcheck.bash");
    assertThat(complete(script, "claimcheck ch")).isEqualTo("check");
    assertThat(complete(script, "claimcheck check --min")).isEqualTo("--min-severity");
    assertThat(complete(script, "claimcheck valid")).isEqualTo("validate");
  }

  /** What the script proposes for {@code line}, the cursor at its end. */
  private static String complete(Path script, String line) throws Exception {
    String words = line.endsWith(" ") ? line + "''" : line;
    String shell =
        "source '"
            + script
            + "'; COMP_LINE='"
            + line
            + "'; COMP_POINT="
            + line.length()
            + "; COMP_WORDS=("
            + words
            + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ));"
            + " _complete_claimcheck 2>/dev/null; printf '%s' \"${COMPREPLY[*]}\"";
    Process bash = new ProcessBuilder("bash", "-c", shell).redirectErrorStream(false).start();
    String reply = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor()).isZero();
    return reply.strip();
  }
}
