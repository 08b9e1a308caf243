package org.claimcheck.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real TDB2 store on disk, read into memory for a check when it fits. */
class Tdb2StoreTest {
  private static final Path ARTICLE =
      Path.of("facts/articles/2021-02-22-coalition-denies-extra-troops.ttl");

  @TempDir Path dir;

  private Path loadedStore() throws IOException {
    Path store = dir.resolve("store");
    Path extra =
        Files.writeString(
            dir.resolve("extra.nq"),
            "<https://example.org/a> <https://example.org/b> \"in a named graph\" <https://example.org/g> .\n",
            UTF_8);
    StoreLoader.load(
        new StoreSpec.Tdb2(store),
        List.of(Path.of("facts/actors.ttl"), Path.of("facts/places.ttl"), ARTICLE, extra),
        Optional.empty(),
        false,
        line -> {});
    return store;
  }

  private static long triples(Store store) {
    return store.readAll(graph -> (long) graph.size());
  }

  private static long count(Store store) {
    return Long.parseLong(
        store
            .select(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
            .next()
            .get("n")
            .getLiteralLexicalForm());
  }

  @Test
  void aStoreThatFitsIsCopiedIntoMemoryWithWhatItsQueriesSee() throws IOException {
    Path store = loadedStore();
    long inPlace;
    try (Store tdb2 = new StoreSpec.Tdb2(store).open()) {
      inPlace = count(tdb2);
    }
    try (Store copy = new StoreSpec.Tdb2(store).open().readIntoMemory(1_000_000)) {
      assertThat(copy).isInstanceOf(InMemoryStore.class);
      assertThat(copy.name()).isEqualTo(store.toString());
      assertThat(count(copy)).isEqualTo(inPlace).isGreaterThan(1_000);
      assertThat(triples(copy)).isEqualTo(inPlace);
      String cc = copy.readAll(graph -> graph.getPrefixMapping().getNsPrefixURI("cc"));
      assertThat(cc).isEqualTo("https://w3id.org/claimcheck#");
    }
    // The copy released the store: another process (here, a new open) can write to it.
    try (Store again = Tdb2Store.open(store, false)) {
      assertThat(count(again)).isEqualTo(inPlace);
    }
  }

  @Test
  void aLoadThatCreatesTheStoreKnowsItsContentAsACheckWillReadIt() throws IOException {
    Path store = dir.resolve("store");
    LoadResult created =
        StoreLoader.load(
            new StoreSpec.Tdb2(store),
            List.of(Path.of("facts/actors.ttl"), Path.of("facts/places.ttl"), ARTICLE),
            Optional.empty(),
            false,
            line -> {});
    Store known = created.stored().orElseThrow();
    known.conformanceRecord().orElseThrow().record("some shapes");
    try (Store read = new StoreSpec.Tdb2(store).openToReadAll()) {
      assertThat(triples(read)).isEqualTo(triples(known)).isGreaterThan(1_000);
      // The same fingerprint: TDB2 gave back every literal as written.
      assertThat(read.conformanceRecord().orElseThrow().holds("some shapes")).isTrue();
    }
    Path extra =
        Files.writeString(
            dir.resolve("extra.ttl"),
            "<https://example.org/a> <https://example.org/b> 1 .\n",
            UTF_8);
    LoadResult added =
        StoreLoader.load(
            new StoreSpec.Tdb2(store), List.of(extra), Optional.empty(), false, line -> {});
    assertThat(added.stored())
        .as("a store that held data before is not known without reading it")
        .isEmpty();
  }

  @Test
  void aStoreLargerThanTheLimitIsReadInPlace() throws IOException {
    Path store = loadedStore();
    try (Store tdb2 = new StoreSpec.Tdb2(store).open()) {
      long all = count(tdb2);
      Store same = tdb2.readIntoMemory(all - 1);
      assertThat(same).isSameAs(tdb2);
      assertThat(count(same)).isEqualTo(all);
    }
  }
}
