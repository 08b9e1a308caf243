package org.claimcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.error.ClaimcheckException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
  @TempDir Path dir;

  @Test
  void replacesTheFileWholeAndLeavesNothingElse() throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, "old");

    OutputFile.write(file, "new report\n");

    assertThat(file).hasContent("new report");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void refusesToWriteThroughASymbolicLink() throws IOException {
    Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "keep");
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), elsewhere);

    assertThatThrownBy(() -> OutputFile.write(link, "x"))
        .isInstanceOf(ClaimcheckException.class)
        .hasMessage(link + ": the output path is a symbolic link; refusing to write through it");
    assertThat(elsewhere).hasContent("keep");
  }

  @Test
  void refusesADirectoryAndAMissingDirectory() {
    assertThatThrownBy(() -> OutputFile.write(dir, "x"))
        .hasMessage(dir + ": the output path is a directory, not a file");
    Path missing = dir.resolve("no/such/dir/report.txt");
    assertThatThrownBy(() -> OutputFile.write(missing, "x"))
        .hasMessage(missing + ": the output directory does not exist");
  }

  /** A file written gets the permissions any new file of the user gets (the umask's), not 0600. */
  @Test
  void theFileGetsThePermissionsOfTheUmask() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path report = dir.resolve("report.html");
    OutputFile.write(report, "<p>report</p>");
    assertThat(Files.getPosixFilePermissions(report))
        .isEqualTo(Files.getPosixFilePermissions(plain));
    OutputFile.write(report, out -> out.write("streamed"));
    assertThat(report).hasContent("streamed");
  }

  /**
   * A relative path whose directory is a link out of the working directory leaves it as surely as
   * one that climbs out: the links are resolved before the rule is applied.
   */
  @Test
  void refusesARelativePathThatLeavesTheWorkingDirectoryThroughALinkedDirectory()
      throws IOException {
    Path cwd = Path.of("").toAbsolutePath();
    Path link = cwd.resolve("target/claimcheck-linked-out-" + ProcessHandle.current().pid());
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, dir);
    try {
      Path relative = cwd.relativize(link.resolve("report.txt"));
      assertThatThrownBy(() -> OutputFile.write(relative, "x"))
          .hasMessage(
              relative
                  + ": the output path leaves the working directory through a symbolic link, to "
                  + dir.toRealPath().resolve("report.txt")
                  + "; give an absolute path if that is meant");
      assertThat(dir.resolve("report.txt")).doesNotExist();
      // Absolute, it says where it goes, and is written.
      OutputFile.write(link.resolve("report.txt"), "x");
      assertThat(dir.resolve("report.txt")).hasContent("x");
    } finally {
      Files.delete(link);
    }
  }

  @Test
  void refusesARelativePathThatClimbsOutOfTheWorkingDirectory() {
    Path escaping = Path.of("../../claimcheck-escape.txt");

    assertThatThrownBy(() -> OutputFile.write(escaping, "x"))
        .hasMessage(
            escaping
                + ": the output path leaves the working directory; give an absolute path if that is meant");
    assertThat(Path.of("").toAbsolutePath().resolve(escaping).normalize()).doesNotExist();
  }
}
