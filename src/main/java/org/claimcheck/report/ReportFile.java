package org.claimcheck.report;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a finished report to a file all at once: into a temporary file beside it, then renamed
 * over it, so an interrupted run never leaves half a report behind.
 */
public final class ReportFile {
  private ReportFile() {}

  /** Writes {@code content} to {@code file} atomically. */
  public static void write(Path file, String content) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (Files.isDirectory(target)) {
      throw badInput(file + ": --output names a directory, not a file");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw badInput(file + ": the directory for --output does not exist");
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw badInput(file + ": cannot write: " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the report itself is written or its error reported; a stray temp file is harmless
        }
      }
    }
  }
}
