package org.pactum.lineage.core;

/**
 * The lengths the lineage graph stores: job, namespace, dataset and column names of at most {@link
 * #MAX_NAME} characters, run ids of at most {@link #MAX_RUN_ID}. A longer one is refused (422)
 * before anything is written: PostgreSQL cannot index it, and no real system names a table so.
 */
final class LineageNames {
  static final int MAX_NAME = 1_000;
  static final int MAX_RUN_ID = 200;

  private LineageNames() {}

  static void check(LineageBatch batch) {
    if (batch.job() != null) {
      name("job namespace", batch.job().namespace());
      name("job name", batch.job().name());
    }
    if (batch.runId() != null && batch.runId().length() > MAX_RUN_ID) {
      throw LineageException.invalid(
          "run id is " + batch.runId().length() + " characters; the limit is " + MAX_RUN_ID);
    }
    batch.inputs().forEach(LineageNames::dataset);
    batch.outputs().forEach(LineageNames::dataset);
    batch
        .columns()
        .forEach(
            (dataset, columns) -> {
              dataset(dataset);
              columns.forEach(c -> name("column name", c));
            });
    for (ColumnEdge e : batch.edges()) {
      column(e.source());
      column(e.target());
    }
    for (DatasetDependency d : batch.dependencies()) {
      column(d.source());
      dataset(d.target());
    }
  }

  private static void column(ColumnRef c) {
    dataset(c.dataset());
    name("column name", c.column());
  }

  private static void dataset(DatasetRef d) {
    name("dataset namespace", d.namespace());
    name("dataset name", d.name());
  }

  private static void name(String what, String value) {
    if (value != null && value.length() > MAX_NAME) {
      throw LineageException.invalid(
          what + " is " + value.length() + " characters; the limit is " + MAX_NAME);
    }
  }
}
