package org.pactum.lineage.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.api.page.Paging;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.Direction;
import org.pactum.lineage.core.LineageBatch;
import org.pactum.lineage.core.LineageException;
import org.pactum.lineage.core.LineageService;
import org.pactum.lineage.core.PiiFinding;
import org.pactum.lineage.core.SqlLineageResult;
import org.pactum.lineage.core.TransformationType;
import org.pactum.lineage.openlineage.OpenLineageEventParser;

/**
 * The lineage API under {@code /api/v1/lineage}: OpenLineage ingestion ({@code POST}), SQL-derived
 * lineage ({@code POST /sql}), graph walks ({@code GET /columns/{dataset}/{column}}, {@code GET
 * /datasets/{dataset}}; a dataset is {@code namespace:name}), untagged PII ({@code GET
 * /pii-findings}) and impact analysis ({@code GET
 * /impact/{contractId}?column=…[&dataset=namespace:name]}).
 */
@Path("/api/v1/lineage")
@Produces(MediaType.APPLICATION_JSON)
public final class LineageResource {
  /**
   * {@code GET /api/v1/lineage/pii-findings}: 100 a page by default, at most 1000, by column
   * (namespace, dataset, column).
   */
  static final Paging PII_FINDINGS = new Paging("pii-findings", 100, 1000);

  private final LineageService service;
  private final OpenLineageEventParser parser;

  public LineageResource(LineageService service, OpenLineageEventParser parser) {
    this.service = service;
    this.parser = parser;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Requires(Action.LINEAGE_WRITE)
  public Response ingest(JsonNode event) {
    LineageBatch batch = parser.parse(event);
    service.record(batch);
    return Response.status(201)
        .entity(
            new LineageJson.Ingested(
                batch.job() == null ? null : batch.job().toString(),
                batch.runId(),
                batch.inputs().size(),
                batch.outputs().size(),
                batch.edges().size(),
                batch.dependencies().size()))
        .build();
  }

  @POST
  @Path("/sql")
  @Consumes(MediaType.APPLICATION_JSON)
  @Requires(Action.LINEAGE_WRITE)
  public LineageJson.SqlBody sql(JsonNode body) {
    SqlRequest request = SqlRequest.of(body);
    boolean dryRun = Boolean.TRUE.equals(request.dryRun());
    SqlLineageResult r =
        dryRun
            ? service.analyzeSql(request.sql(), request.namespace())
            : service.recordSql(request.job(), request.sql(), request.namespace(), request.runId());
    return LineageJson.SqlBody.of(request.job(), !dryRun, r);
  }

  @GET
  @Path("/columns/{dataset}/{column}")
  @Requires(Action.READ)
  public LineageJson.ColumnGraphBody column(
      @PathParam("dataset") String dataset,
      @PathParam("column") String column,
      @QueryParam("direction") String direction,
      @QueryParam("depth") String depth,
      @QueryParam("type") String type,
      @QueryParam("edges") String edges,
      @QueryParam("edge_limit") String edgeLimit,
      @QueryParam("edges_after") String edgesAfter) {
    ColumnRef root = new ColumnRef(DatasetRef.parse(dataset, "dataset"), column);
    return LineageJson.ColumnGraphBody.of(
        service.columnGraph(
            root,
            Direction.parse(direction),
            depth(depth),
            type(type),
            EdgePageParams.of(edges, edgeLimit, edgesAfter)));
  }

  @GET
  @Path("/datasets/{dataset}")
  @Requires(Action.READ)
  public LineageJson.DatasetGraphBody dataset(
      @PathParam("dataset") String dataset,
      @QueryParam("direction") String direction,
      @QueryParam("depth") String depth) {
    return LineageJson.DatasetGraphBody.of(
        service.datasetGraph(
            DatasetRef.parse(dataset, "dataset"), Direction.parse(direction), depth(depth)));
  }

  @GET
  @Path("/pii-findings")
  @Requires(Action.READ)
  public LineageJson.Findings piiFindings(
      @QueryParam("limit") String limit, @QueryParam("next") String next) {
    PageRequest page = PageRequest.of(PII_FINDINGS, 3, limit, next);
    ColumnRef after =
        page.after() == null
            ? null
            : ColumnRef.of(page.after().text(0), page.after().text(1), page.after().text(2));
    List<PiiFinding> all = service.piiFindings();
    List<PiiFinding> fetched =
        all.stream()
            .filter(f -> after == null || ColumnRef.ORDER.compare(f.column(), after) > 0)
            .limit(page.fetchSize())
            .toList();
    Page<LineageJson.Finding> findings =
        page.page(
                "findings",
                fetched,
                f ->
                    List.of(
                        f.column().dataset().namespace(),
                        f.column().dataset().name(),
                        f.column().column()))
            .map(LineageJson.Finding::of);
    return new LineageJson.Findings(all.size(), findings.items(), findings.next());
  }

  @GET
  @Path("/impact/{contractId}")
  @Requires(Action.READ)
  public LineageJson.Impact impact(
      @PathParam("contractId") String contractId,
      @QueryParam("column") List<String> columns,
      @QueryParam("depth") String depth,
      @QueryParam("dataset") String dataset) {
    DatasetRef root =
        dataset == null || dataset.isBlank() ? null : DatasetRef.parse(dataset, "dataset");
    return LineageJson.Impact.of(service.impact(contractId, columns, depth(depth), root));
  }

  private static Integer depth(String depth) {
    if (depth == null || depth.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(depth.trim());
    } catch (NumberFormatException e) {
      throw LineageException.invalid("depth must be a whole number, got: " + depth);
    }
  }

  private static TransformationType type(String type) {
    if (type == null || type.isBlank() || type.equalsIgnoreCase("all")) {
      return null;
    }
    try {
      return TransformationType.valueOf(type.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw LineageException.invalid("type must be direct, indirect or all, got: " + type);
    }
  }
}
