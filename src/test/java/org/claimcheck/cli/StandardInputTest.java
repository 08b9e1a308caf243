package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code -} among the data PATHS reads standard input, its syntax told from its start. */
class StandardInputTest {
  @Test
  void theSyntaxIsToldFromTheStart() {
    assertThat(StandardInput.extension("  {\n \"article\": {}, \"claims\": []}")).isEqualTo("json");
    assertThat(StandardInput.extension("{\"@context\": {}, \"@id\": \"x\"}")).isEqualTo("jsonld");
    assertThat(StandardInput.extension("<?xml version=\"1.0\"?><rdf:RDF/>")).isEqualTo("rdf");
    assertThat(
            StandardInput.extension(
                "<https://e.org/a> <https://e.org/b> \"c\"@en <https://e.org/g> .\n"))
        .isEqualTo("nq");
    assertThat(StandardInput.extension("<https://e.org/a> <https://e.org/b> <https://e.org/c> .\n"))
        .isEqualTo("trig");
    assertThat(StandardInput.extension("@prefix ex: <https://e.org/> .\nex:a ex:b ex:c ."))
        .isEqualTo("trig");
  }

  @Test
  void checkValidateAndLoadReadStandardInputAndNameItSo() throws Exception {
    String facts =
        Files.readString(Path.of("facts/actors.ttl"))
            + Files.readString(Path.of("facts/places.ttl"))
            + Files.readString(
                Path.of("facts/articles/2021-02-22-coalition-denies-extra-troops.ttl"));
    CliRun fromStdin = withStdin(facts, "check", "-");
    fromStdin.assertExit(ExitCode.FINDINGS);
    assertThat(fromStdin.out()).isEqualTo(CliRun.run("check").out());

    CliRun broken = withStdin("@prefix ex: <https://e.org/> .\nex:a ex:b .\n", "validate", "-");
    assertThat(broken.assertExit(ExitCode.BAD_INPUT).assertOneLineError().errorMessage())
        .startsWith("(standard input):2:11: ");

    CliRun twice = withStdin(facts, "validate", "-", "-");
    assertThat(twice.assertExit(ExitCode.USAGE).errorMessage()).contains("only once");
  }

  private static CliRun withStdin(String text, String... args) {
    InputStream before = System.in;
    try {
      System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      return CliRun.run(args);
    } finally {
      System.setIn(before);
    }
  }
}
