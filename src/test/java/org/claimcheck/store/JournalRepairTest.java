package org.claimcheck.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journals written by Jena's own journal code, cut as a kill -9 cuts them. */
class JournalRepairTest {
  private static final int H = 12 + ComponentId.SIZE; // an entry's header

  @TempDir Path dir;

  /** Writes a REDO entry of 100 bytes, a COMMIT and a REDO of 24 bytes with Jena's journal. */
  private Path journal() {
    Journal journal = Journal.create(Location.create(dir));
    ComponentId component = ComponentId.allocLocal();
    journal.write(JournalEntryType.REDO, component, ByteBuffer.wrap(new byte[100]));
    journal.write(JournalEntryType.COMMIT, component, null);
    journal.write(JournalEntryType.REDO, component, ByteBuffer.wrap(new byte[24]));
    journal.sync();
    journal.close();
    return dir.resolve(JournalRepair.JOURNAL);
  }

  private static List<JournalEntryType> entries(Path file) {
    Journal journal = Journal.create(Location.create(file.getParent().toString()));
    try {
      List<JournalEntryType> types = new ArrayList<>();
      journal.entries().forEachRemaining((JournalEntry e) -> types.add(e.getType()));
      return types;
    } finally {
      journal.close();
    }
  }

  private static void truncate(Path file, long size) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(size);
    }
  }

  @Test
  void anIntactJournalIsLeftAlone() throws IOException {
    Path file = journal();
    long size = Files.size(file);
    assertThat(size).isEqualTo(H + 100 + H + H + 24);

    assertThat(JournalRepair.cutTornTail(file)).isFalse();
    assertThat(Files.size(file)).isEqualTo(size);
    assertThat(entries(file))
        .containsExactly(JournalEntryType.REDO, JournalEntryType.COMMIT, JournalEntryType.REDO);
  }

  @Test
  void aTornLastEntryIsCutAndTheEntriesBeforeItKept() throws IOException {
    Path file = journal();
    truncate(file, Files.size(file) - 10); // in the data of the last entry
    assertThatThrownBy(() -> entries(file)).hasMessageContaining("journal entry data");

    assertThat(JournalRepair.cutTornTail(file)).isTrue();
    assertThat(Files.size(file)).isEqualTo(H + 100 + H);
    assertThat(entries(file)).containsExactly(JournalEntryType.REDO, JournalEntryType.COMMIT);
  }

  @Test
  void aCutHeaderOrABadChecksumEndsTheIntactEntries() throws IOException {
    Path file = journal();
    truncate(file, H + 100 + H + 5); // in the header of the last entry
    assertThat(JournalRepair.cutTornTail(file)).isTrue();
    assertThat(Files.size(file)).isEqualTo(H + 100 + H);

    Path other = journal();
    try (FileChannel channel = FileChannel.open(other, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(new byte[] {1}), H + 50); // a changed byte of the first entry
    }
    assertThat(JournalRepair.cutTornTail(other)).isTrue();
    assertThat(Files.size(other)).isZero();
  }

  /**
   * What a kill -9 left in CI: the header of a REDO entry of 24 bytes and none of its data, which
   * Jena's recovery refuses (as above: "Failed to read the journal entry data"). The store opens
   * with its content, and the journal is empty again.
   */
  @Test
  void aStoreWhoseJournalEndsInATornEntryOpensWithItsContent() throws IOException {
    Path store = dir.resolve("store");
    Path facts =
        Files.writeString(
            dir.resolve("facts.nt"),
            "<https://example.org/a> <https://example.org/b> \"kept\" .\n",
            UTF_8);
    StoreLoader.load(
        new StoreSpec.Tdb2(store), List.of(facts), Optional.empty(), false, line -> {});
    Path journal = store.resolve("Data-0001").resolve(JournalRepair.JOURNAL);
    assertThat(journal).isRegularFile().isEmptyFile();
    ByteBuffer header =
        ByteBuffer.allocate(H)
            .putInt(24)
            .putInt(0x1234)
            .putInt(1)
            .put(new byte[ComponentId.SIZE])
            .flip();
    try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
      channel.write(header);
    }

    try (Store opened = new StoreSpec.Tdb2(store).open()) {
      assertThat(
              opened
                  .select(
                      QueryFactory.create(
                          "SELECT ?o WHERE { <https://example.org/a> <https://example.org/b> ?o }"))
                  .next()
                  .get("o")
                  .getLiteralLexicalForm())
          .isEqualTo("kept");
    }
    assertThat(journal).isEmptyFile();
  }
}
