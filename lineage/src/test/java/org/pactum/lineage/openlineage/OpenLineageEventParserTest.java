package org.pactum.lineage.openlineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.JobRef;
import org.pactum.lineage.core.LineageBatch;
import org.pactum.lineage.core.LineageException;

class OpenLineageEventParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final OpenLineageEventParser parser =
      new OpenLineageEventParser(
          ns -> Map.of("postgres://db:5432", "warehouse").getOrDefault(ns, ns));

  static final String RUN_EVENT =
      """
      {
        "eventType": "COMPLETE",
        "eventTime": "2026-01-02T03:04:05.678Z",
        "producer": "https://example.com/producer",
        "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
        "run": {"runId": "0176a8c2-fe01-7439-87e6-56a1a1b4029f"},
        "job": {"namespace": "etl", "name": "daily_revenue"},
        "inputs": [{"namespace": "postgres://db:5432", "name": "public.orders",
                    "facets": {"schema": {"fields": [{"name": "amount", "type": "numeric"},
                                                     {"name": "status", "type": "text"}]}}}],
        "outputs": [{
          "namespace": "warehouse", "name": "mart.daily_revenue",
          "facets": {"columnLineage": {
            "fields": {
              "revenue": {"inputFields": [
                {"namespace": "postgres://db:5432", "name": "public.orders", "field": "amount",
                 "transformations": [{"type": "DIRECT", "subtype": "AGGREGATION", "masking": false},
                                     {"type": "INDIRECT", "subtype": "FILTER"}]}]},
              "n": {"inputFields": [
                {"namespace": "postgres://db:5432", "name": "public.orders", "field": "order_id",
                 "transformations": [{"type": "DIRECT", "subtype": "AGGREGATION", "masking": true}]}]}
            },
            "dataset": [
              {"namespace": "postgres://db:5432", "name": "public.orders", "field": "status",
               "transformations": [{"type": "INDIRECT", "subtype": "FILTER"}]}]
          }}
        }]
      }
      """;

  private static ObjectNode event() throws Exception {
    return (ObjectNode) JSON.readTree(RUN_EVENT);
  }

  @Test
  void readsARunEventWithTheColumnLineageFacet() throws Exception {
    LineageBatch b = parser.parse(event());
    assertThat(b.job()).isEqualTo(new JobRef("etl", "daily_revenue"));
    assertThat(b.runId()).isEqualTo("0176a8c2-fe01-7439-87e6-56a1a1b4029f");
    assertThat(b.eventTime()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
    DatasetRef orders = new DatasetRef("warehouse", "public.orders"); // namespace mapped
    assertThat(b.inputs()).containsExactly(orders);
    assertThat(b.outputs()).containsExactly(new DatasetRef("warehouse", "mart.daily_revenue"));
    assertThat(b.columns().get(orders)).containsExactly("amount", "status");
    assertThat(b.edges())
        .extracting(Object::toString)
        .containsExactly(
            "warehouse:public.orders.amount -> warehouse:mart.daily_revenue.revenue DIRECT/AGGREGATION",
            "warehouse:public.orders.amount -> warehouse:mart.daily_revenue.revenue INDIRECT/FILTER",
            "warehouse:public.orders.order_id -> warehouse:mart.daily_revenue.n DIRECT/AGGREGATION masked");
    assertThat(b.dependencies())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.source().toString()).isEqualTo("warehouse:public.orders.status");
              assertThat(d.target()).isEqualTo(new DatasetRef("warehouse", "mart.daily_revenue"));
              assertThat(d.subtype().name()).isEqualTo("FILTER");
            });
  }

  @Test
  void readsTheOlderFacetShapeWithTransformationType() throws Exception {
    JsonNode e =
        JSON.readTree(
            """
            {"eventTime": "2026-01-02T03:04:05Z", "producer": "p",
             "run": {"runId": "0176a8c2-fe01-7439-87e6-56a1a1b4029f"},
             "job": {"namespace": "etl", "name": "old"},
             "outputs": [{"namespace": "wh", "name": "t", "facets": {"columnLineage": {"fields": {
               "a": {"inputFields": [{"namespace": "wh", "name": "s", "field": "a"}],
                     "transformationType": "IDENTITY", "transformationDescription": "copied"},
               "b": {"inputFields": [{"namespace": "wh", "name": "s", "field": "b"}],
                     "transformationType": "MASKED"},
               "c": {"inputFields": [{"namespace": "wh", "name": "s", "field": "c"}]}}}}}]}
            """);
    assertThat(parser.parse(e).edges())
        .extracting(Object::toString)
        .containsExactly(
            "wh:s.a -> wh:t.a DIRECT/IDENTITY",
            "wh:s.b -> wh:t.b DIRECT/TRANSFORMATION masked",
            "wh:s.c -> wh:t.c DIRECT/TRANSFORMATION");
  }

  @Test
  void readsDatasetAndJobEvents() throws Exception {
    LineageBatch dataset =
        parser.parse(
            JSON.readTree(
                """
                {"eventTime": "2026-01-02T03:04:05Z", "producer": "p",
                 "dataset": {"namespace": "wh", "name": "t",
                   "facets": {"schema": {"fields": [{"name": "x"}]}}}}
                """));
    assertThat(dataset.job()).isNull();
    assertThat(dataset.columns()).containsEntry(new DatasetRef("wh", "t"), List.of("x"));
    LineageBatch job =
        parser.parse(
            JSON.readTree(
                """
                {"eventTime": "2026-01-02T03:04:05Z", "producer": "p",
                 "job": {"namespace": "etl", "name": "j"},
                 "inputs": [{"namespace": "wh", "name": "a"}],
                 "outputs": [{"namespace": "wh", "name": "b"}]}
                """));
    assertThat(job.job()).isEqualTo(new JobRef("etl", "j"));
    assertThat(job.runId()).isNull();
    assertThat(job.inputs()).containsExactly(new DatasetRef("wh", "a"));
  }

  private void refused(Consumer<ObjectNode> breakIt, String message) throws Exception {
    ObjectNode e = event();
    breakIt.accept(e);
    assertThatThrownBy(() -> parser.parse(e))
        .isInstanceOf(LineageException.class)
        .hasMessage(message)
        .extracting(x -> ((LineageException) x).reason())
        .isEqualTo(LineageException.Reason.INVALID_EVENT);
  }

  private static ObjectNode firstTransformation(ObjectNode e) {
    return (ObjectNode)
        e.at("/outputs/0/facets/columnLineage/fields/revenue/inputFields/0/transformations/0");
  }

  @Test
  void malformedEventsAreRefusedNamingTheField() throws Exception {
    refused(e -> e.remove("eventTime"), "eventTime: is required");
    refused(
        e -> e.put("eventTime", "yesterday"),
        "eventTime: must be an ISO-8601 date-time with offset, got yesterday");
    refused(e -> e.remove("producer"), "producer: is required");
    refused(
        e -> e.put("eventType", "DONE"),
        "eventType: must be one of ABORT, COMPLETE, FAIL, OTHER, RUNNING, START, got DONE");
    refused(
        e -> ((ObjectNode) e.get("run")).put("runId", "42"), "run.runId: must be a UUID, got 42");
    refused(e -> ((ObjectNode) e.get("job")).remove("name"), "job.name: is required");
    refused(
        e -> ((ObjectNode) e.get("job")).put("namespace", 7),
        "job.namespace: must be a non-empty string");
    refused(e -> e.put("inputs", "orders"), "inputs: must be an array");
    refused(e -> ((ObjectNode) e.at("/inputs/0")).remove("name"), "inputs[0].name: is required");
    refused(
        e -> firstTransformation(e).put("subtype", "JOIN"),
        "outputs[0].facets.columnLineage.fields.revenue.inputFields[0].transformations[0].subtype:"
            + " must be one of IDENTITY, TRANSFORMATION, AGGREGATION for DIRECT, got JOIN");
    refused(
        e -> firstTransformation(e).put("type", "SIDEWAYS"),
        "outputs[0].facets.columnLineage.fields.revenue.inputFields[0].transformations[0].type:"
            + " must be DIRECT or INDIRECT, got SIDEWAYS");
    refused(
        e -> firstTransformation(e).put("masking", "no"),
        "outputs[0].facets.columnLineage.fields.revenue.inputFields[0].transformations[0].masking:"
            + " must be true or false");
    refused(
        e -> {
          ObjectNode t = firstTransformation(e);
          t.put("type", "INDIRECT");
          t.remove("subtype");
        },
        "outputs[0].facets.columnLineage.fields.revenue.inputFields[0].transformations[0].subtype:"
            + " is required for INDIRECT (one of JOIN, FILTER, GROUP_BY, SORT, WINDOW, CONDITIONAL)");
    refused(
        e ->
            ((ObjectNode) e.at("/outputs/0/facets/columnLineage/fields/revenue"))
                .put("inputFields", 1),
        "outputs[0].facets.columnLineage.fields.revenue.inputFields: is required and must be an array");
    refused(
        e ->
            ((ObjectNode) e.at("/outputs/0/facets/columnLineage/fields/revenue/inputFields/0"))
                .remove("field"),
        "outputs[0].facets.columnLineage.fields.revenue.inputFields[0].field: is required");
    refused(
        e ->
            ((ObjectNode) e.at("/outputs/0/facets/columnLineage"))
                .set("dataset", JSON.createObjectNode()),
        "outputs[0].facets.columnLineage.dataset: must be an array of input fields");
    refused(
        e -> {
          e.remove("run");
          e.remove("job");
        },
        "(body): is neither a RunEvent (run, job), a JobEvent (job) nor a DatasetEvent (dataset)");
    assertThatThrownBy(() -> parser.parse(new ArrayNode(JSON.getNodeFactory())))
        .hasMessageStartingWith("(body): must be a JSON object");
  }
}
