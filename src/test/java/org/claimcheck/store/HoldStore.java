package org.claimcheck.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Test helper run in its own JVM: opens the TDB2 store in args[0], says so, holds it until stdin
 * ends.
 */
public final class HoldStore {
  private HoldStore() {}

  public static void main(String[] args) throws IOException {
    DatabaseMgr.connectDatasetGraph(Location.create(Path.of(args[0])));
    System.out.println("holding");
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to close our stdin
    }
  }
}
