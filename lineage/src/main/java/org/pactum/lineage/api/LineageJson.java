package org.pactum.lineage.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.pactum.lineage.core.ColumnEdge;
import org.pactum.lineage.core.ColumnGraph;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.DatasetGraph;
import org.pactum.lineage.core.DatasetLink;
import org.pactum.lineage.core.DatasetNode;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.ImpactReport;
import org.pactum.lineage.core.LineageEdge;
import org.pactum.lineage.core.LineageNode;
import org.pactum.lineage.core.PiiFinding;
import org.pactum.lineage.core.SqlLineageResult;
import org.pactum.lineage.core.SqlProblem;

/** The lineage API's response bodies (snake_case), and their conversions from the core. */
final class LineageJson {
  private LineageJson() {}

  record Dataset(String namespace, String name) {
    static Dataset of(DatasetRef d) {
      return new Dataset(d.namespace(), d.name());
    }
  }

  record Column(String namespace, String dataset, String column) {
    static Column of(ColumnRef c) {
      return new Column(c.dataset().namespace(), c.dataset().name(), c.column());
    }
  }

  record Node(String namespace, String dataset, String column, int distance, String side) {
    static Node of(LineageNode n) {
      return new Node(
          n.column().dataset().namespace(),
          n.column().dataset().name(),
          n.column().column(),
          n.distance(),
          n.side().name().toLowerCase(Locale.ROOT));
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Edge(
      Column source,
      Column target,
      String type,
      String subtype,
      boolean masking,
      @JsonProperty("job_namespace") String jobNamespace,
      @JsonProperty("job_name") String jobName,
      @JsonProperty("first_seen") Instant firstSeen,
      @JsonProperty("last_seen") Instant lastSeen,
      @JsonProperty("last_run_id") String lastRunId) {
    static Edge of(LineageEdge e) {
      return new Edge(
          Column.of(e.source()),
          Column.of(e.target()),
          e.type().name(),
          e.subtype().name(),
          e.masking(),
          e.job().namespace(),
          e.job().name(),
          e.firstSeen(),
          e.lastSeen(),
          e.lastRunId());
    }

    static Edge of(ColumnEdge e) {
      return new Edge(
          Column.of(e.source()),
          Column.of(e.target()),
          e.type().name(),
          e.subtype().name(),
          e.masking(),
          null,
          null,
          null,
          null,
          null);
    }
  }

  /**
   * {@code edges} is absent when the caller asked for the columns only ({@code edges=false});
   * {@code next_edges} is there when more edges follow: pass it back as {@code edges_after}.
   */
  record ColumnGraphBody(
      Column root,
      String direction,
      int depth,
      List<Node> nodes,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<Edge> edges,
      @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("next_edges") String nextEdges) {
    static ColumnGraphBody of(ColumnGraph g) {
      return new ColumnGraphBody(
          Column.of(g.root()),
          g.direction().name().toLowerCase(Locale.ROOT),
          g.depth(),
          g.nodes().stream().map(Node::of).toList(),
          g.withEdges() ? g.edges().stream().map(Edge::of).toList() : null,
          g.nextEdges() == null ? null : g.nextEdges().token());
    }
  }

  record DatasetNodeBody(String namespace, String name, int distance, String side) {
    static DatasetNodeBody of(DatasetNode n) {
      return new DatasetNodeBody(
          n.dataset().namespace(),
          n.dataset().name(),
          n.distance(),
          n.side().name().toLowerCase(Locale.ROOT));
    }
  }

  record DatasetEdge(
      Dataset source,
      Dataset target,
      @JsonProperty("job_namespace") String jobNamespace,
      @JsonProperty("job_name") String jobName,
      @JsonProperty("first_seen") Instant firstSeen,
      @JsonProperty("last_seen") Instant lastSeen,
      @JsonProperty("last_run_id") String lastRunId) {
    static DatasetEdge of(DatasetLink l) {
      return new DatasetEdge(
          Dataset.of(l.source()),
          Dataset.of(l.target()),
          l.job().namespace(),
          l.job().name(),
          l.firstSeen(),
          l.lastSeen(),
          l.lastRunId());
    }
  }

  record DatasetGraphBody(
      Dataset root,
      String direction,
      int depth,
      List<DatasetNodeBody> nodes,
      List<DatasetEdge> edges) {
    static DatasetGraphBody of(DatasetGraph g) {
      return new DatasetGraphBody(
          Dataset.of(g.root()),
          g.direction().name().toLowerCase(Locale.ROOT),
          g.depth(),
          g.nodes().stream().map(DatasetNodeBody::of).toList(),
          g.edges().stream().map(DatasetEdge::of).toList());
    }
  }

  record Problem(int statement, String message) {
    static Problem of(SqlProblem p) {
      return new Problem(p.statement(), p.message());
    }
  }

  record SqlBody(
      String job,
      boolean recorded,
      List<Dataset> inputs,
      List<Dataset> outputs,
      List<Edge> edges,
      List<Problem> problems) {
    static SqlBody of(String job, boolean recorded, SqlLineageResult r) {
      return new SqlBody(
          job,
          recorded,
          r.inputs().stream().map(Dataset::of).toList(),
          r.outputs().stream().map(Dataset::of).toList(),
          r.edges().stream().map(Edge::of).toList(),
          r.problems().stream().map(Problem::of).toList());
    }
  }

  record Ingested(
      @JsonProperty("job") String job,
      @JsonProperty("run_id") String runId,
      int inputs,
      int outputs,
      int edges,
      int dependencies) {}

  record Finding(
      Column column,
      @JsonProperty("fed_by") List<Column> fedBy,
      @JsonProperty("contract_id") String contractId,
      @JsonProperty("owner_team") String ownerTeam,
      String message) {
    static Finding of(PiiFinding f) {
      return new Finding(
          Column.of(f.column()),
          f.fedBy().stream().map(Column::of).toList(),
          f.contractId(),
          f.ownerTeam(),
          f.column()
              + " carries PII from "
              + String.join(", ", f.fedBy().stream().map(ColumnRef::toString).toList())
              + " (DIRECT, unmasked) but "
              + (f.contractId() == null
                  ? "its dataset has no contract"
                  : "contract " + f.contractId() + " does not tag it"));
    }
  }

  /**
   * A page of findings: {@code count} counts every finding (all pages), {@code next} is the cursor
   * of the page after, null on the last.
   */
  record Findings(
      int count, List<Finding> findings, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {}

  record ImpactColumn(
      @JsonProperty("changed_column") String changedColumn, Column column, int distance) {}

  record ImpactDataset(
      Dataset dataset,
      @JsonProperty("contract_id") String contractId,
      @JsonProperty("owner_team") String ownerTeam,
      @JsonProperty("owner_email") String ownerEmail,
      @JsonProperty("owner_slack") String ownerSlack,
      List<String> columns) {}

  record Impact(
      @JsonProperty("contract_id") String contractId,
      Dataset dataset,
      @JsonProperty("changed_columns") List<String> changedColumns,
      @JsonProperty("not_in_graph") List<String> notInGraph,
      List<ImpactColumn> columns,
      List<ImpactDataset> datasets) {
    static Impact of(ImpactReport r) {
      return new Impact(
          r.contractId(),
          Dataset.of(r.dataset()),
          r.changedColumns(),
          r.notInGraph(),
          r.columns().stream()
              .map(c -> new ImpactColumn(c.changedColumn(), Column.of(c.column()), c.distance()))
              .toList(),
          r.datasets().stream()
              .map(
                  d ->
                      new ImpactDataset(
                          Dataset.of(d.dataset()),
                          d.contractId(),
                          d.ownerTeam(),
                          d.ownerEmail(),
                          d.ownerSlack(),
                          d.columns()))
              .toList());
    }
  }
}
