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
  /**
   * Held while a report is written and renamed into place, and by a signal handler that stops the
   * run: the handler sees no report begun, or one written whole, never a write in progress.
   */
  private static final Object WRITING = new Object();
  private static boolean written; // guarded by WRITING

  private ReportFile() {}

  /** Writes {@code content} to {@code file} atomically. */
  public static void write(Path file, String content) {
    Path target = checked(file);
    synchronized (WRITING) {
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
        written = true;
      } catch (IOException e) {
        throw badInput(file + ": cannot write: " + e.getMessage());
      } finally {
        if (temp != null) {
          delete(temp);
        }
      }
    }
  }

  /**
   * For signal handlers: unless a report has been written whole (the run is then ending with its
   * own exit code, and nothing is done), deletes the temporary file of any write and runs {@code
   * stop}, which must end the process; a write in progress is first let finish, so a report is
   * never half there and no temporary file is left.
   */
  public static void stopUnlessWritten(Runnable stop) {
    synchronized (WRITING) {
      if (written) {
        return;
      }
      UNFINISHED.forEach(ReportFile::delete);
      stop.run(); // inside the lock: no write may begin before the process ends
    }
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
