package org.pactum.lineage.erasure.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.contracts.model.ErasureAction.NULLIFY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.lineage.erasure.core.DatasetState;
import org.pactum.lineage.erasure.core.DatasetStatus;
import org.pactum.lineage.erasure.core.PlannedDataset;
import org.pactum.lineage.erasure.core.PlannedDataset.Mode;
import org.pactum.lineage.erasure.core.PlannedDataset.Source;

/** How the plan JSON shows retained columns. */
class DatasetJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TAX = "AO §147: invoices are kept 10 years";

  private static JsonNode json(PlannedDataset d, DatasetStatus status, Long matched) {
    return JSON.valueToTree(
        RequestJson.DatasetJson.of(
            new DatasetState(0, d, status, 1, matched, matched == null ? null : 0L, 0L, null)));
  }

  @Test
  void columnsListRetainAndRetainedGivesTheBasis() {
    PlannedDataset d =
        new PlannedDataset(
            "billing.invoices",
            Source.CONTRACT,
            "wh",
            "billing.invoices",
            "customer_id",
            Mode.UPDATE,
            Map.of("email", NULLIFY),
            Map.of("amount", TAX));

    JsonNode pending = json(d, DatasetStatus.PENDING, null);

    assertThat(pending.path("columns").path("email").asText()).isEqualTo("nullify");
    assertThat(pending.path("columns").path("amount").asText()).isEqualTo("retain");
    assertThat(pending.path("retained").path("amount").asText()).isEqualTo(TAX);
    assertThat(pending.path("note").asText()).isEqualTo("retained: amount (" + TAX + ")");
  }

  @Test
  void aVerifiedRetainOnlyDatasetSaysHowManyRowsRemain() {
    PlannedDataset d =
        new PlannedDataset(
            "billing.ledger",
            Source.CONTRACT,
            "wh",
            "billing.ledger",
            "customer_id",
            Mode.UPDATE,
            Map.of(),
            Map.of("amount", TAX));

    JsonNode done = json(d, DatasetStatus.VERIFIED, 3L);

    assertThat(done.path("status").asText()).isEqualTo("VERIFIED");
    assertThat(done.path("rows_matched").asLong()).isEqualTo(3);
    assertThat(done.path("rows_affected").asLong()).isZero();
    assertThat(done.path("note").asText())
        .isEqualTo("retained: amount (" + TAX + "); 3 row(s) of the subject remain");
  }

  @Test
  void aDatasetWithoutRetainedColumnsHasNoNote() {
    PlannedDataset d =
        new PlannedDataset(
            "orders",
            Source.CONTRACT,
            "wh",
            "public.orders",
            "id",
            Mode.UPDATE,
            Map.of("e", NULLIFY));

    JsonNode j = json(d, DatasetStatus.VERIFIED, 2L);

    assertThat(j.path("retained").isEmpty()).isTrue();
    assertThat(j.path("note").isNull()).isTrue();
  }
}
