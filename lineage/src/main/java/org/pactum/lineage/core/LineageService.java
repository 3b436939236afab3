package org.pactum.lineage.core;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lineage module's operations: record lineage (OpenLineage batches, SQL), walk the graph, PII
 * propagation and impact analysis. The API, the CLI and the erasure planner call this.
 */
public final class LineageService {
  private static final Logger LOG = LoggerFactory.getLogger(LineageService.class);

  private final LineageStore store;
  private final LineageSettings settings;
  private final SqlLineage sql;
  private final PiiPropagation pii;
  private final ImpactAnalysis impact;
  private final Clock clock;

  /**
   * @param sql the SQL analyzer ({@code SqlLineageAnalyzer.overContracts(contracts,
   *     settings.defaultSchema())})
   */
  public LineageService(
      LineageStore store,
      ContractLookup contracts,
      SqlLineage sql,
      LineageSettings settings,
      Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    ContractDatasets datasets = new ContractDatasets(settings.defaultSchema());
    this.sql = sql;
    this.pii = new PiiPropagation(store, contracts, datasets);
    this.impact = new ImpactAnalysis(store, contracts, datasets);
  }

  public LineageSettings settings() {
    return settings;
  }

  public void record(LineageBatch batch) {
    LineageNames.check(batch);
    store.record(batch);
    LOG.atInfo()
        .addKeyValue("event", "lineage_recorded")
        .addKeyValue("job", batch.job())
        .addKeyValue("run", batch.runId())
        .addKeyValue("inputs", batch.inputs().size())
        .addKeyValue("outputs", batch.outputs().size())
        .addKeyValue("edges", batch.edges().size())
        .addKeyValue("dependencies", batch.dependencies().size())
        .log("lineage recorded");
  }

  /** Derives lineage from SQL without storing it. */
  public SqlLineageResult analyzeSql(String sqlText, String namespace) {
    return sql.analyze(sqlText, namespace == null ? settings.defaultNamespace() : namespace);
  }

  /**
   * Derives lineage from SQL and records it under job {@code job} (namespace {@code
   * sqlJobNamespace}); what could not be resolved is returned, not stored.
   */
  public SqlLineageResult recordSql(String job, String sqlText, String namespace, String runId) {
    if (job == null || job.isBlank()) {
      throw LineageException.invalid("job is required");
    }
    SqlLineageResult r = analyzeSql(sqlText, namespace);
    record(
        new LineageBatch(
            new JobRef(settings.sqlJobNamespace(), job),
            runId,
            clock.instant(),
            r.inputs(),
            r.outputs(),
            Map.of(),
            r.edges(),
            List.of()));
    return r;
  }

  public ColumnGraph columnGraph(
      ColumnRef root, Direction direction, Integer depth, TransformationType type) {
    return columnGraph(root, direction, depth, type, EdgePage.first(EdgePage.DEFAULT_LIMIT));
  }

  /**
   * The column's graph with the page of the edges among the columns reached that {@code edges} asks
   * for.
   */
  public ColumnGraph columnGraph(
      ColumnRef root, Direction direction, Integer depth, TransformationType type, EdgePage edges) {
    return store
        .columnGraph(root, direction, depth(depth), type, edges)
        .orElseThrow(
            () ->
                new LineageException(
                    LineageException.Reason.UNKNOWN_COLUMN,
                    "no lineage recorded for column " + root));
  }

  public DatasetGraph datasetGraph(DatasetRef root, Direction direction, Integer depth) {
    return store
        .datasetGraph(root, direction, depth(depth))
        .orElseThrow(
            () ->
                new LineageException(
                    LineageException.Reason.UNKNOWN_DATASET,
                    "no lineage recorded for dataset " + root));
  }

  /** Whether any lineage is recorded for the dataset. */
  public boolean hasDataset(DatasetRef dataset) {
    return store.hasDataset(dataset);
  }

  /** A dataset's columns and their direct edges, for a steward's page of one dataset. */
  public DatasetColumns datasetColumns(DatasetRef dataset) {
    return store
        .datasetColumns(dataset)
        .orElseThrow(
            () ->
                new LineageException(
                    LineageException.Reason.UNKNOWN_DATASET,
                    "no lineage recorded for dataset " + dataset));
  }

  /** Validates a requested depth: null → the default; 1..maxDepth. */
  public int depth(Integer depth) {
    int d = depth == null ? settings.defaultDepth() : depth;
    if (d < 1 || d > settings.maxDepth()) {
      throw LineageException.invalid(
          "depth must be between 1 and " + settings.maxDepth() + ", got " + d);
    }
    return d;
  }

  /**
   * The columns that carry personal data because a {@code tagged} column feeds them DIRECT and
   * unmasked, transitively (the tagged columns themselves excluded). For erasure scoping.
   */
  public List<ColumnRef> derivedPii(Collection<ColumnRef> tagged) {
    return pii.derivedPii(tagged);
  }

  /** The columns the contracts tag as PII. */
  public List<ColumnRef> taggedPii() {
    return List.copyOf(pii.tagged());
  }

  /** Derived PII no contract tags, by column ({@link ColumnRef#ORDER}). */
  public List<PiiFinding> piiFindings() {
    return pii.findings().stream()
        .sorted(Comparator.comparing(PiiFinding::column, ColumnRef.ORDER))
        .toList();
  }

  /**
   * The impact of changing {@code columns} of contract {@code contractId}, starting from {@code
   * dataset} when given (a contract version not in the catalog, e.g. the CLI's old version), else
   * from the catalog contract's dataset.
   *
   * @throws LineageException UNKNOWN_CONTRACT when no dataset is given and the catalog has no such
   *     contract; INVALID_FIELD when it has no dataset or no column is named
   */
  public ImpactReport impact(
      String contractId, Collection<String> columns, Integer depth, DatasetRef dataset) {
    if (columns == null || columns.isEmpty()) {
      throw LineageException.invalid("column: name at least one changed column");
    }
    DatasetRef root = dataset;
    if (root == null) {
      var contract =
          impact
              .contract(contractId)
              .orElseThrow(
                  () ->
                      new LineageException(
                          LineageException.Reason.UNKNOWN_CONTRACT, "no contract " + contractId));
      root =
          impact
              .datasetOf(contract)
              .orElseThrow(
                  () ->
                      LineageException.invalid(
                          "contract " + contractId + " has no dataset: nothing to trace"));
    }
    return impact.impact(contractId, root, columns, depth(depth));
  }

  /** Impact analysis for a contract version that need not be in the catalog (the CLI's). */
  public ImpactAnalysis impactAnalysis() {
    return impact;
  }
}
