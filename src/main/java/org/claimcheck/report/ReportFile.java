package org.claimcheck.report;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a finished report to a file all at once: into a temporary file beside it, then renamed
 * over it, so an interrupted run never leaves half a report behind. Refuses a target that is a
 * symbolic link or a directory, and a relative path that climbs out of the working directory.
 */
public final class ReportFile {
  private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();

  private ReportFile() {}

  /** Writes {@code content} to {@code file} atomically. */
  public static void write(Path file, String content) {
    Path target = checked(file);
    Path temp = null;
    try {
      temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      UNFINISHED.add(temp);
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
        delete(temp);
      }
    }
  }

  /** Deletes the temporary file of any write still in progress; for signal handlers. */
  public static void deleteUnfinished() {
    UNFINISHED.forEach(ReportFile::delete);
  }

  private static Path checked(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path target = file.toAbsolutePath().normalize();
    if (!file.isAbsolute() && !target.startsWith(cwd)) {
      throw badInput(
          file + ": the output path leaves the working directory; give an absolute path if that is meant");
    }
    if (Files.isSymbolicLink(target)) {
      throw badInput(file + ": the output path is a symbolic link; refusing to write through it");
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw badInput(file + ": the output path is a directory, not a file");
    }
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw badInput(file + ": the output directory does not exist");
    }
    return target;
  }

  private static void delete(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the report itself is written or its error reported; a stray temp file is harmless
    }
    UNFINISHED.remove(temp);
  }
}
