package org.pactum.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;

/**
 * A pool of connections to a benchmark's embedded PostgreSQL: the tomcat-jdbc pool the server's
 * Dropwizard data sources use, so a benchmark measures its work and not connection set-up (an
 * unpooled data source opens a connection per call).
 */
public final class BenchPool {
  private BenchPool() {}

  /** Up to {@code size} connections to the {@code postgres} database; close it when done. */
  public static DataSource of(EmbeddedPostgres pg, int size) {
    PoolProperties p = new PoolProperties();
    p.setUrl(pg.getJdbcUrl("postgres", "postgres"));
    p.setDriverClassName("org.postgresql.Driver");
    p.setMaxActive(size);
    p.setMaxIdle(size);
    p.setInitialSize(1);
    p.setMinIdle(1);
    p.setDefaultAutoCommit(true);
    p.setRollbackOnReturn(true);
    return new DataSource(p);
  }
}
