package org.pactum.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * The embedded PostgreSQL of the macro benchmarks, set up for bulk loading: no fsync, no
 * synchronous commit, no full-page writes, a 4 GB WAL (the data is thrown away after the run).
 */
public final class BenchPostgres {
  private BenchPostgres() {}

  /** A builder with its data in {@code dataDirectory} (cleaned first) and the loading settings. */
  public static EmbeddedPostgres.Builder builder(Path dataDirectory) {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(true)
        .setServerConfig("fsync", "off")
        .setServerConfig("synchronous_commit", "off")
        .setServerConfig("full_page_writes", "off")
        .setServerConfig("max_wal_size", "4GB");
  }
}
