package org.pactum.lineage.openlineage;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.pactum.api.input.Texts;
import org.pactum.api.input.Timestamps;
import org.pactum.lineage.core.ColumnEdge;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.DatasetDependency;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.JobRef;
import org.pactum.lineage.core.LineageBatch;
import org.pactum.lineage.core.LineageException;

/**
 * Reads an OpenLineage event (RunEvent, DatasetEvent or JobEvent, as the OpenLineage HTTP transport
 * posts them) into a {@link LineageBatch}: inputs, outputs, schema facet fields, and the {@code
 * columnLineage} facet's per-field {@code inputFields} (with {@code transformations}, or the older
 * {@code transformationType}) and dataset-level {@code dataset} dependencies.
 *
 * <p>A malformed event is refused with a {@link LineageException} (INVALID_EVENT) whose message
 * starts with the JSON path of the offending field. Dataset namespaces go through the given mapping
 * (OpenLineage namespace → Pactum datasource name) before they are stored.
 */
public final class OpenLineageEventParser {
  private static final Set<String> EVENT_TYPES =
      Set.of("START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER");

  private final UnaryOperator<String> namespaces;

  /**
   * @param namespaces maps an event's dataset namespace to the graph's (identity: no mapping)
   */
  public OpenLineageEventParser(UnaryOperator<String> namespaces) {
    this.namespaces = namespaces;
  }

  public LineageBatch parse(JsonNode event) {
    if (event == null || !event.isObject()) {
      throw invalid(
          "(body)", "must be a JSON object (an OpenLineage RunEvent, DatasetEvent or JobEvent)");
    }
    Instant at = eventTime(event);
    text(event, "producer", "producer");
    if (event.has("eventType") && !event.get("eventType").isNull()) {
      String type = text(event, "eventType", "eventType");
      if (!EVENT_TYPES.contains(type)) {
        throw invalid(
            "eventType",
            "must be one of " + String.join(", ", sorted(EVENT_TYPES)) + ", got " + type);
      }
    }
    if (event.has("run")) {
      JsonNode run = object(event, "run", "run");
      String runId = text(run, "runId", "run.runId");
      try {
        UUID.fromString(runId);
      } catch (IllegalArgumentException e) {
        throw invalid("run.runId", "must be a UUID, got " + runId);
      }
      return withJob(event, at, runId);
    }
    if (event.has("job")) {
      return withJob(event, at, null);
    }
    if (event.has("dataset")) {
      Accumulator acc = new Accumulator();
      DatasetRef d = dataset(object(event, "dataset", "dataset"), "dataset", acc);
      return new LineageBatch(
          null, null, at, List.of(), List.of(), Map.of(d, acc.columns(d)), List.of(), List.of());
    }
    throw invalid(
        "(body)",
        "is neither a RunEvent (run, job), a JobEvent (job) nor a DatasetEvent (dataset)");
  }

  private LineageBatch withJob(JsonNode event, Instant at, String runId) {
    JsonNode job = object(event, "job", "job");
    JobRef jobRef =
        new JobRef(text(job, "namespace", "job.namespace"), text(job, "name", "job.name"));
    Accumulator acc = new Accumulator();
    List<DatasetRef> inputs = datasets(event, "inputs", acc);
    List<DatasetRef> outputs = datasets(event, "outputs", acc);
    return new LineageBatch(
        jobRef, runId, at, inputs, outputs, acc.columns, acc.edges, acc.dependencies);
  }

  private Instant eventTime(JsonNode event) {
    String text = text(event, "eventTime", "eventTime");
    Instant at;
    try {
      at = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid(
          "eventTime", "must be an ISO-8601 date-time with offset, got " + Texts.printable(text));
    }
    return Timestamps.check("eventTime", at);
  }

  private List<DatasetRef> datasets(JsonNode event, String field, Accumulator acc) {
    JsonNode list = event.get(field);
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw invalid(field, "must be an array");
    }
    List<DatasetRef> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = field + "[" + i + "]";
      JsonNode d = list.get(i);
      if (!d.isObject()) {
        throw invalid(path, "must be an object");
      }
      result.add(dataset(d, path, acc));
    }
    return result;
  }

  private DatasetRef dataset(JsonNode d, String path, Accumulator acc) {
    DatasetRef ref = datasetRef(d, path);
    acc.columns.computeIfAbsent(ref, k -> new ArrayList<>());
    JsonNode facets = d.get("facets");
    if (facets == null || facets.isNull()) {
      return ref;
    }
    if (!facets.isObject()) {
      throw invalid(path + ".facets", "must be an object");
    }
    JsonNode schema = facets.get("schema");
    if (schema != null && schema.isObject() && schema.has("fields")) {
      JsonNode fields = schema.get("fields");
      if (!fields.isArray()) {
        throw invalid(path + ".facets.schema.fields", "must be an array");
      }
      for (int i = 0; i < fields.size(); i++) {
        acc.column(
            ref, text(fields.get(i), "name", path + ".facets.schema.fields[" + i + "].name"));
      }
    }
    JsonNode lineage = facets.get("columnLineage");
    if (lineage != null && !lineage.isNull()) {
      columnLineage(ref, lineage, path + ".facets.columnLineage", acc);
    }
    return ref;
  }

  private DatasetRef datasetRef(JsonNode d, String path) {
    String namespace = text(d, "namespace", path + ".namespace");
    String name = text(d, "name", path + ".name");
    return new DatasetRef(namespaces.apply(namespace), name);
  }

  private void columnLineage(DatasetRef target, JsonNode facet, String path, Accumulator acc) {
    if (!facet.isObject()) {
      throw invalid(path, "must be an object");
    }
    JsonNode fields = facet.get("fields");
    if (fields != null && !fields.isNull()) {
      if (!fields.isObject()) {
        throw invalid(path + ".fields", "must be an object keyed by output field name");
      }
      Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        String fieldPath = path + ".fields." + f.getKey();
        ColumnRef out = new ColumnRef(target, f.getKey());
        acc.column(target, f.getKey());
        JsonNode field = f.getValue();
        if (!field.isObject()) {
          throw invalid(fieldPath, "must be an object with inputFields");
        }
        JsonNode inputs = field.get("inputFields");
        if (inputs == null || !inputs.isArray()) {
          throw invalid(fieldPath + ".inputFields", "is required and must be an array");
        }
        String legacy =
            field.hasNonNull("transformationType")
                ? field.get("transformationType").asText()
                : null;
        for (int i = 0; i < inputs.size(); i++) {
          String inPath = fieldPath + ".inputFields[" + i + "]";
          InputField in = inputField(inputs.get(i), inPath);
          for (Transformations.Parsed t : Transformations.of(inputs.get(i), legacy, inPath)) {
            acc.edges.add(new ColumnEdge(in.column, out, t.subtype(), t.masking()));
          }
        }
      }
    }
    JsonNode dataset = facet.get("dataset");
    if (dataset != null && !dataset.isNull()) {
      if (!dataset.isArray()) {
        throw invalid(path + ".dataset", "must be an array of input fields");
      }
      for (int i = 0; i < dataset.size(); i++) {
        String inPath = path + ".dataset[" + i + "]";
        InputField in = inputField(dataset.get(i), inPath);
        for (Transformations.Parsed t : Transformations.of(dataset.get(i), null, inPath)) {
          acc.dependencies.add(new DatasetDependency(in.column, target, t.subtype(), t.masking()));
        }
      }
    }
  }

  private record InputField(ColumnRef column) {}

  private InputField inputField(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw invalid(path, "must be an object with namespace, name and field");
    }
    DatasetRef d = datasetRef(node, path);
    return new InputField(new ColumnRef(d, text(node, "field", path + ".field")));
  }

  private static JsonNode object(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (n == null || !n.isObject()) {
      throw invalid(path, n == null || n.isNull() ? "is required" : "must be an object");
    }
    return n;
  }

  static String text(JsonNode parent, String field, String path) {
    JsonNode n = parent == null ? null : parent.get(field);
    if (n == null || n.isNull()) {
      throw invalid(path, "is required");
    }
    if (!n.isTextual() || n.asText().isBlank()) {
      throw invalid(path, "must be a non-empty string");
    }
    return n.asText();
  }

  static LineageException invalid(String path, String message) {
    return new LineageException(LineageException.Reason.INVALID_EVENT, path + ": " + message);
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static final class Accumulator {
    final Map<DatasetRef, List<String>> columns = new LinkedHashMap<>();
    final List<ColumnEdge> edges = new ArrayList<>();
    final List<DatasetDependency> dependencies = new ArrayList<>();

    void column(DatasetRef d, String name) {
      List<String> list = columns.computeIfAbsent(d, k -> new ArrayList<>());
      if (!list.contains(name)) {
        list.add(name);
      }
    }

    List<String> columns(DatasetRef d) {
      return columns.getOrDefault(d, List.of());
    }
  }
}
