package org.claimcheck.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimcheck.store.Store;
import org.claimcheck.store.StoreLoader;
import org.claimcheck.store.StoreSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TDB2 store's record of conformance: the check trusts it for exactly the content and shapes
 * recorded, and validates everything else (a real store on disk).
 */
class RecordedConformanceTest {
  private static final Path BROKEN = Path.of("src/test/resources/fixtures/validate/broken.ttl");

  @TempDir Path dir;

  private StoreSpec loaded(Path... files) {
    StoreSpec store = new StoreSpec.Tdb2(dir.resolve("db"));
    StoreLoader.load(store, List.of(files), Optional.empty(), false, line -> {});
    return store;
  }

  @Test
  void aStoreWithoutARecordIsValidatedAndAConformingResultIsRecorded() {
    StoreSpec store = loaded(Path.of("facts"));
    try (Store opened = store.openToReadAll()) {
      assertThat(opened.conformanceRecord()).isPresent();
      assertThat(opened.conformanceRecord().get().holds(FactValidator.shapesKey())).isFalse();
      assertThat(FactValidator.validateUnlessRecorded(opened).conforms()).isTrue();
    }
    try (Store again = store.openToReadAll()) {
      assertThat(again.conformanceRecord().get().holds(FactValidator.shapesKey())).isTrue();
    }
  }

  @Test
  void aRecordForTheContentReadIsTrustedAndNotValidatedAgain() {
    StoreSpec store = loaded(BROKEN);
    try (Store opened = store.openToReadAll()) {
      assertThat(FactValidator.validateUnlessRecorded(opened).violations()).hasSize(3);
      // A record for this very content, as if an earlier validation had passed: it is believed.
      opened.conformanceRecord().get().record(FactValidator.shapesKey());
    }
    try (Store again = store.openToReadAll()) {
      assertThat(FactValidator.validateUnlessRecorded(again).conforms()).isTrue();
    }
  }

  @Test
  void aRecordForOtherShapesIsNotTrusted() {
    StoreSpec store = loaded(BROKEN);
    try (Store opened = store.openToReadAll()) {
      opened.conformanceRecord().get().record("other shapes");
    }
    try (Store again = store.openToReadAll()) {
      assertThat(FactValidator.validateUnlessRecorded(again).violations()).hasSize(3);
    }
  }

  @Test
  void theKeyNamesTheShapesAndTheShaclEngine() {
    assertThat(FactValidator.shapesKey()).matches("[0-9a-f]{64} jena-shacl 5\\.6\\.0");
  }

  @Test
  void onlyAStoreThatCanKeepARecordIsValidatedAfterLoading() {
    assertThat(FactValidator.validateToRecord(loaded(BROKEN)).map(ValidationResult::conforms))
        .contains(false);
    assertThat(FactValidator.validateToRecord(new StoreSpec.InMemory(List.of(BROKEN)))).isEmpty();
  }
}
