package org.pactum.lineage.erasure.warehouse;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/** The warehouses erasure runs on, by datasource name, each with the statement timeout. */
public final class ErasureWarehouses {
  private final Function<String, DataSource> datasources;
  private final Duration statementTimeout;

  /**
   * @param datasources warehouse datasources by name (a name it does not know: null, or it throws)
   */
  public ErasureWarehouses(Function<String, DataSource> datasources, Duration statementTimeout) {
    this.datasources = datasources;
    this.statementTimeout = statementTimeout;
  }

  /** The warehouse of that name; empty when the server does not know it. */
  public Optional<Warehouse> named(String datasource) {
    DataSource ds;
    try {
      ds = datasources.apply(datasource);
    } catch (RuntimeException e) {
      ds = null; // the server's lookup throws for a name it does not know
    }
    return ds == null ? Optional.empty() : Optional.of(new Warehouse(ds, statementTimeout));
  }
}
