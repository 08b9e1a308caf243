package org.claimcheck.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The generator's command line, as bench/run.sh runs it. */
class GenerateTest {
  @TempDir Path dir;

  private int run(StringWriter out, String... args) {
    return new CommandLine(new Generate())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(new StringWriter()))
        .execute(args);
  }

  @Test
  void writesFactsAndTheirExpectationThroughTheOutputRule() throws Exception {
    StringWriter out = new StringWriter();
    int code =
        run(
            out,
            "--triples",
            "2k",
            "--seed",
            "3",
            "--output",
            dir.resolve("g.nt").toString(),
            "--expected",
            dir.resolve("g.tsv").toString());
    assertThat(code).isZero();
    assertThat(out.toString()).contains("triples:").contains(" planted contradictions, ");
    assertThat(Files.size(dir.resolve("g.nt"))).isGreaterThan(10_000);
    assertThat(dir.resolve("g.tsv")).content().contains("near-miss\t");

    Path kept = Files.writeString(dir.resolve("kept.nt"), "keep");
    Path link = Files.createSymbolicLink(dir.resolve("link.nt"), kept);
    assertThat(
            run(
                new StringWriter(),
                "--triples",
                "1000",
                "--output",
                link.toString(),
                "--expected",
                dir.resolve("e.tsv").toString()))
        .isNotZero();
    assertThat(kept).hasContent("keep");
  }

  @Test
  void aCountThatIsNotOneIsAUsageError() {
    assertThat(
            run(
                new StringWriter(),
                "--triples",
                "ten",
                "--output",
                dir.resolve("g.nt").toString(),
                "--expected",
                dir.resolve("g.tsv").toString()))
        .isEqualTo(2);
  }
}
