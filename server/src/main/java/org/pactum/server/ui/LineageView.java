package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pactum.lineage.core.DatasetRef;

/**
 * A dataset's lineage, {@code templates/lineage.ftlh}: its upstream and downstream datasets, and
 * per column the columns feeding it and fed by it, one edge each, with the transformation.
 */
public final class LineageView extends View {
  /** An upstream or downstream dataset, {@code distance} edges away. */
  public record Neighbour(String namespace, String name, int distance) {}

  /** A column at the other end of a direct edge. */
  public record ColumnLink(
      String namespace,
      String dataset,
      String column,
      String type,
      String subtype,
      boolean masking) {}

  /** One column of the dataset and its direct edges. */
  public record Column(String name, List<ColumnLink> upstream, List<ColumnLink> downstream) {}

  private final DatasetRef dataset;
  private final String contractId;
  private final int depth;
  private final List<Neighbour> upstream;
  private final List<Neighbour> downstream;
  private final List<Column> columns;

  LineageView(
      DatasetRef dataset,
      String contractId,
      int depth,
      List<Neighbour> upstream,
      List<Neighbour> downstream,
      List<Column> columns) {
    super("/templates/lineage.ftlh", StandardCharsets.UTF_8);
    this.dataset = dataset;
    this.contractId = contractId == null ? "" : contractId;
    this.depth = depth;
    this.upstream = List.copyOf(upstream);
    this.downstream = List.copyOf(downstream);
    this.columns = List.copyOf(columns);
  }

  public String getNamespace() {
    return dataset.namespace();
  }

  public String getName() {
    return dataset.name();
  }

  /** The contract whose dataset this is, or empty. */
  public String getContractId() {
    return contractId;
  }

  public int getDepth() {
    return depth;
  }

  public List<Neighbour> getUpstream() {
    return upstream;
  }

  public List<Neighbour> getDownstream() {
    return downstream;
  }

  public List<Column> getColumns() {
    return columns;
  }
}
