package org.claimcheck.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void malformedTurtleNamesFileLineAndColumn() throws IOException {
    Path file = write("bad.ttl", PREFIXES + "ex:a ex:b ex:c .\nex:a ex:b ex:c ex:d .\n");
    CliRun run = validateBadInput(file);
    assertThat(run.errorMessage()).as("%s", run).startsWith(file + ":4:");
    assertThat(run.errorMessage()).as("%s", run).matches(".*:4:\\d+: .+");
  }

  @Test
  void undefinedPrefix() throws IOException {
    Path file = write("prefix.ttl", PREFIXES + "\nnope:a ex:b ex:c .\n");
    CliRun run = validateBadInput(file);
    assertThat(run.errorMessage()).as("%s", run).startsWith(file + ":4:1: ").contains("nope");
  }

  @Test
  void emptyFile() throws IOException {
    Path file = write("empty.ttl", "");
    assertThat(validateBadInput(file).errorMessage()).isEqualTo(file + ": file is empty");
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
  void illFormedIntegerIsAnErrorWithItsLine() throws IOException {
    Path file = write("int.ttl", PREFIXES + "\nex:a ex:count \"nine hundred\"^^xsd:integer .\n");
    CliRun run = validateBadInput(file);
    assertThat(run.errorMessage()).as("%s", run).startsWith(file + ":4:").contains("nine hundred");
  }

  @Test
  void impossibleDateIsAnErrorWithItsLine() throws IOException {
    Path file = write("date.ttl", PREFIXES + "ex:a ex:on \"2021-02-30\"^^xsd:date .\n");
    CliRun run = validateBadInput(file);
    assertThat(run.errorMessage()).as("%s", run).startsWith(file + ":3:").contains("2021-02-30");
  }

  @Test
  void jsonLdRemoteContextIsRefusedNotFetched() throws IOException {
    // 192.0.2.0/24 is reserved for documentation: nothing answers there, and nothing is asked.
    Path file =
        write(
            "remote.jsonld",
            "{\"@context\": \"http://192.0.2.1/context.jsonld\", \"@id\": \"https://example.org/a\","
                + " \"name\": \"x\"}");
    CliRun run = validateBadInput(file);
    assertThat(run.errorMessage())
        .as("%s", run)
        .startsWith(file + ": ")
        .contains("refusing to load http://192.0.2.1/context.jsonld");
  }

  @Test
  void jsonLdFileContextIsRefused() throws IOException {
    Path context = write("context.jsonld", "{\"@context\": {\"name\": \"https://example.org/name\"}}");
    Path file =
        write(
            "local.jsonld",
            "{\"@context\": \"" + context.toUri() + "\", \"@id\": \"https://example.org/a\","
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
  void fileWithAnUnknownExtensionIsRefused() throws IOException {
    Path file = write("notes.txt", "not RDF");
    assertThat(validateBadInput(file).errorMessage()).startsWith(file + ": not an RDF file");
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
