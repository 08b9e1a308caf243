package org.claimcheck.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.transaction.txn.ComponentId;

/**
 * Cuts the torn last entry off a TDB2 transaction journal. A {@code kill -9} while a write
 * transaction appends its entries can leave the journal ending in part of an entry; Jena's recovery
 * then refuses the whole store ("Failed to read the journal entry data") instead of discarding that
 * unfinished transaction, as it does when the kill falls between entries. The journal is
 * append-only, so a torn entry can only be the last; what precedes it is kept, and Jena's recovery
 * then replays the committed transactions and drops the rest.
 *
 * <p>Entry layout (Jena's {@code Journal}): data length, Adler-32 checksum (of the header with this
 * field zero, then the data), entry type (4 bytes each), component id, data.
 */
final class JournalRepair {
  static final String JOURNAL = "journal.jrnl";
  private static final String LOCK = "tdb.lock";
  private static final int HEADER = 4 + 4 + 4 + ComponentId.SIZE;
  private static final int CHECKSUM_AT = 4;

  private JournalRepair() {}

  /**
   * Cuts the torn tail of the journal of every {@code Data-*} directory of {@code store}, unless
   * the store is open: in this process (a connection Jena keeps) or in another one (which may be
   * appending to its journal right now).
   */
  static void cutTornTailsIfUnused(Path store) throws IOException {
    ProcessFileLock lock = ProcessFileLock.create(store.resolve(LOCK).toString());
    if (lock.isLockedHere() || !lock.tryLock()) {
      return;
    }
    try (DirectoryStream<Path> data = Files.newDirectoryStream(store, "Data-*")) {
      for (Path dir : data) {
        Path journal = dir.resolve(JOURNAL);
        if (Files.isRegularFile(journal)) {
          cutTornTail(journal);
        }
      }
    } finally {
      ProcessFileLock.release(lock);
    }
  }

  /**
   * Truncates {@code journal} after its last complete entry whose checksum holds, if anything
   * follows it; returns whether it did.
   */
  static boolean cutTornTail(Path journal) throws IOException {
    try (FileChannel channel =
        FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = channel.size();
      long end = completeEntries(channel, size);
      if (end == size) {
        return false;
      }
      channel.truncate(end);
      channel.force(true);
      return true;
    }
  }

  /** Where the run of complete, intact entries from the start of the journal ends. */
  private static long completeEntries(FileChannel channel, long size) throws IOException {
    long position = 0;
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    while (size - position >= HEADER) {
      header.clear();
      readFully(channel, header, position);
      int length = header.getInt(0);
      int checksum = header.getInt(CHECKSUM_AT);
      if (length < -1 || length > size - position - HEADER) {
        return position; // cut off, or not an entry at all
      }
      Adler32 adler = new Adler32();
      header.putInt(CHECKSUM_AT, 0);
      adler.update(header.array());
      if (length > 0) {
        ByteBuffer data = ByteBuffer.allocate(length);
        readFully(channel, data, position + HEADER);
        adler.update(data.array());
      }
      if ((int) adler.getValue() != checksum) {
        return position;
      }
      position += HEADER + Math.max(length, 0);
    }
    return position;
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position)
      throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("the journal ended while being read");
      }
    }
  }
}
