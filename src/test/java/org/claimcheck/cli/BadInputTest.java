package org.claimcheck.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Fact files that cannot be read end {@code validate} with exit 3 and one located message. */
class BadInputTest {
  private static final String PREFIXES =
      "@prefix ex: <https://example.org/> .\n"
          + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

  @TempDir Path dir;

  private CliRun validateBadInput(Path file) {
    return CliRun.run("validate", file.toString())
        .assertExit(ExitCode.BAD_INPUT)
        .assertOneLineError();
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  static Stream<Arguments> locatedErrors() {
    return Stream.of(
        arguments("malformed.ttl", "ex:a ex:b ex:c .\nex:a ex:b ex:c ex:d .\n", ":4:", "DOT"),
        arguments("prefix.ttl", "\nnope:a ex:b ex:c .\n", ":4:1: ", "nope"),
        arguments(
            "int.ttl", "\nex:a ex:count \"nine hundred\"^^xsd:integer .\n", ":4:", "nine hundred"),
        arguments("date.ttl", "ex:a ex:on \"2021-02-30\"^^xsd:date .\n", ":3:", "2021-02-30"));
  }

  /** Syntax errors, and ill-formed literals that Jena would only warn about, name their line. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("locatedErrors")
  void errorNamesFileAndLine(String name, String body, String location, String mention)
      throws IOException {
    Path file = write(name, PREFIXES + body);
    CliRun run = validateBadInput(file);
    assertThat(run.errorMessage())
        .as("%s", run)
        .startsWith(file + location)
        .matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: .+")
        .contains(mention);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"empty.ttl, '', ': file is empty'", "notes.txt, not RDF, ': not an RDF file'"})
  void unreadableFileIsNamed(String name, String text, String expected) throws IOException {
    Path file = write(name, text);
    assertThat(validateBadInput(file).errorMessage()).startsWith(file + expected);
  }

  @Test
  void invalidUtf8NamesTheByteOffset() throws IOException {
    byte[] head = (PREFIXES + "ex:a ex:b \"caf").getBytes(UTF_8);
    byte[] bytes = new byte[head.length + 4];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // Latin-1 é
    bytes[head.length + 1] = '"';
    bytes[head.length + 2] = ' ';
    bytes[head.length + 3] = '.';
    Path file = write("latin1.ttl", bytes);
    CliRun run = validateBadInput(file);
    assertThat(run.errorMessage())
        .as("%s", run)
        .isEqualTo(file + ": invalid UTF-8 at byte offset " + head.length + " (byte 0xE9)");
  }

  @Test
  void jsonLdRemoteContextIsRefusedNotFetched() throws IOException {
    // Loopback only: should the block ever fail, the attempt stays on this machine.
    Path file =
        write(
            "remote.jsonld",
            "{\"@context\": \"http://127.0.0.1:9/context.jsonld\", \"@id\": \"https://example.org/a\","
                + " \"name\": \"x\"}");
    CliRun run = validateBadInput(file);
    assertThat(run.errorMessage())
        .as("%s", run)
        .startsWith(file + ": ")
        .contains("refusing to load http://127.0.0.1:9/context.jsonld");
  }

  @Test
  void jsonLdFileContextIsRefused() throws IOException {
    Path context =
        write("context.jsonld", "{\"@context\": {\"name\": \"https://example.org/name\"}}");
    Path file =
        write(
            "local.jsonld",
            "{\"@context\": \""
                + context.toUri()
                + "\", \"@id\": \"https://example.org/a\","
                + " \"name\": \"x\"}");
    assertThat(validateBadInput(file).errorMessage()).contains("refusing to load");
  }

  @Test
  void missingPathIsNamed() {
    Path missing = dir.resolve("no-such-dir");
    CliRun run = validateBadInput(missing);
    assertThat(run.errorMessage()).as("%s", run).isEqualTo(missing + ": no such file or directory");
  }

  @Test
  void directoryWithoutRdfFilesIsBadInput() throws IOException {
    write("notes.md", "# not RDF");
    assertThat(validateBadInput(dir).errorMessage()).startsWith("no RDF files found");
  }

  @Test
  void firstBrokenFileInPathOrderIsReported() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    write("a.ttl", PREFIXES + "ex:a ex:b ex:c .\n");
    Path broken = write("b/broken.ttl", "ex:a ex:b ex:c .\n");
    write("c.ttl", "");
    assertThat(validateBadInput(dir).errorMessage()).startsWith(broken + ":1:1: ");
  }
}
