package org.claimcheck.io;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a finished report to a file all at once: into a temporary file beside it, then renamed
 * over it, so an interrupted run never leaves half a report behind. Every output of claimcheck goes
 * through it and follows one rule ({@link #checked}).
 */
public final class OutputFile {
  private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();

  /**
   * Held while a report is written and renamed into place, and by a signal handler that stops the
   * run: the handler sees no report begun, or one written whole, never a write in progress.
   */
  private static final Object WRITING = new Object();

  private static boolean written; // guarded by WRITING

  private OutputFile() {}

  /** Writes {@code content} to {@code file} atomically. */
  public static void write(Path file, String content) {
    write(file, out -> out.write(content));
  }

  /** What writes a file's content, streaming. */
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes what {@code content} writes to {@code file} atomically, streaming (for files too large
   * to hold as one string). The file gets the permissions of the user's umask, as any new file.
   */
  public static void write(Path file, Content content) {
    Path target = checked(file);
    synchronized (WRITING) {
      // CREATE_NEW: never opened through a link or over a file someone put there first.
      Path temp =
          target.resolveSibling(
              "."
                  + target.getFileName()
                  + "."
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + ".tmp");
      try {
        UNFINISHED.add(temp);
        try (Writer out =
            new BufferedWriter(
                new OutputStreamWriter(
                    Files.newOutputStream(
                        temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    StandardCharsets.UTF_8),
                1 << 16)) {
          content.writeTo(out);
        }
        try {
          Files.move(
              temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        written = true;
      } catch (IOException e) {
        throw badInput(file + ": cannot write: " + e.getMessage());
      } finally {
        delete(temp);
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
      UNFINISHED.forEach(OutputFile::delete);
      stop.run(); // inside the lock: no write may begin before the process ends
    }
  }

  /**
   * The one rule of every output path: not a symbolic link, not a directory, in a directory that
   * exists; and a relative path stays inside the working directory once the symbolic links of its
   * directories are resolved (an absolute path may go anywhere: it says where it goes).
   */
  private static Path checked(Path file) {
    Path target = file.toAbsolutePath().normalize();
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
    Path real;
    Path cwd;
    try {
      real = dir.toRealPath().resolve(target.getFileName());
      cwd = Path.of("").toRealPath();
    } catch (IOException e) {
      throw badInput(file + ": cannot resolve the output directory: " + e.getMessage());
    }
    if (!file.isAbsolute() && !real.startsWith(cwd)) {
      throw badInput(
          file
              + ": the output path leaves the working directory"
              + (target.startsWith(Path.of("").toAbsolutePath())
                  ? " through a symbolic link, to " + real
                  : "")
              + "; give an absolute path if that is meant");
    }
    return real;
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
