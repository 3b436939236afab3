package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.pactum.lineage.erasure.core.DatasetState;
import org.pactum.lineage.erasure.core.DatasetStatus;
import org.pactum.lineage.erasure.core.ErasureRequest;

/**
 * The erasure requests, {@code templates/erasures.ftlh}, newest first. No subject: none is stored
 * in clear, and the page does not show its HMAC either.
 */
public final class ErasuresView extends View {
  /** One request as the list shows it. */
  public record Item(
      String id,
      String subjectType,
      String status,
      String received,
      String due,
      boolean overdue,
      int datasetsDone,
      int datasetsTotal) {}

  private final List<Item> requests;

  ErasuresView(List<Item> requests) {
    super("/templates/erasures.ftlh", StandardCharsets.UTF_8);
    this.requests = List.copyOf(requests);
  }

  /** A request with its planned datasets; only VERIFIED datasets count as done. */
  static Item item(ErasureRequest r, List<DatasetState> datasets, Instant now) {
    return new Item(
        r.requestId().toString(),
        r.subjectType(),
        r.status().name(),
        UiFormat.minute(r.receivedAt()),
        UiFormat.minute(r.dueAt()),
        r.overdue(now),
        (int) datasets.stream().filter(d -> d.status() == DatasetStatus.VERIFIED).count(),
        datasets.size());
  }

  public List<Item> getRequests() {
    return requests;
  }
}
