package org.pactum.lineage.erasure.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactum.contracts.model.ErasureAction.HASH;
import static org.pactum.contracts.model.ErasureAction.NULLIFY;
import static org.pactum.contracts.model.ErasureAction.REDACT;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.lineage.erasure.core.DatasetState;
import org.pactum.lineage.erasure.core.ErasurePlan;
import org.pactum.lineage.erasure.core.ErasureRequest;
import org.pactum.lineage.erasure.core.PlannedDataset;
import org.pactum.lineage.erasure.core.PlannedDataset.Mode;
import org.pactum.lineage.erasure.core.PlannedDataset.Source;
import org.pactum.lineage.erasure.core.RequestStatus;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** A plan's columns through {@code privacy.erasure_dataset.columns}, new format and old. */
@ExtendWith(PostgresExtension.class)
class JdbiErasureStorePlanTest {
  private static final String TAX = "AO §147: \"Rechnungen\" are kept 10 years";

  private final Jdbi jdbi;
  private final JdbiErasureStore store;

  JdbiErasureStorePlanTest(TestDatabase db) {
    this.jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    this.store = new JdbiErasureStore(jdbi);
  }

  private static ErasureRequest request() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return new ErasureRequest(
        UUID.randomUUID(),
        "customer",
        "ab".repeat(32),
        "dpo",
        "art. 17",
        RequestStatus.RECEIVED,
        null,
        now,
        now.plus(30, ChronoUnit.DAYS),
        null);
  }

  @Test
  void retainedColumnsAndTheirBasisRoundTrip() {
    PlannedDataset mixed =
        new PlannedDataset(
            "billing.invoices",
            Source.CONTRACT,
            "wh",
            "billing.invoices",
            "customer_id",
            Mode.UPDATE,
            Map.of("email", NULLIFY, "card.holder", HASH),
            Map.of("amount", TAX, "customer_id", TAX, "billing_address", "UStG §14"));
    PlannedDataset retainOnly =
        new PlannedDataset(
            "billing.ledger",
            Source.CONTRACT,
            "wh",
            "billing.ledger",
            "customer_id",
            Mode.UPDATE,
            Map.of(),
            Map.of("amount", TAX));
    ErasureRequest r = request();

    store.create(r, new ErasurePlan(List.of(mixed, retainOnly), List.of()));

    assertThat(store.datasets(r.requestId()))
        .extracting(DatasetState::dataset)
        .containsExactly(mixed, retainOnly);
    assertThat(store.datasets(r.requestId()).get(1).dataset().retainOnly()).isTrue();
    String stored =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select columns->>'amount' from privacy.erasure_dataset"
                            + " where request_id = :r and ordinal = 1")
                    .bind("r", r.requestId())
                    .mapTo(String.class)
                    .one());
    assertThat(stored)
        .isEqualTo(
            "{\"erasure\": \"retain\", \"legal_basis\": \"" + TAX.replace("\"", "\\\"") + "\"}");
  }

  @Test
  void aPlanStoredBeforeRetainExistedReadsBackWithNothingRetained() {
    ErasureRequest r = request();
    store.create(r, new ErasurePlan(List.of(), List.of()));
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    insert into privacy.erasure_dataset
                      (request_id, ordinal, contract_id, source, datasource, table_name,
                       key_column, mode, columns, status, attempts, rows_matched, rows_affected,
                       rows_remaining, updated_at)
                    values (:r, 0, 'payments', 'CONTRACT', 'wh', 'payments.payment',
                            'customer_id', 'UPDATE',
                            '{"payer_email": "hash", "card.last4": "redact"}',
                            'VERIFIED', 1, 2, 2, 0, now())
                    """)
                .bind("r", r.requestId())
                .execute());

    DatasetState s = store.datasets(r.requestId()).get(0);

    assertThat(s.dataset().columns()).isEqualTo(Map.of("payer_email", HASH, "card.last4", REDACT));
    assertThat(s.dataset().retained()).isEmpty();
    assertThat(s.dataset().retainOnly()).isFalse();
    assertThat(s.note()).isNull();
    assertThat(s.rowsMatched()).isEqualTo(2);
  }

  @Test
  void aRetainWithoutItsBasisIsNotReadAsAnErasure() {
    ErasureRequest r = request();
    store.create(r, new ErasurePlan(List.of(), List.of()));
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    insert into privacy.erasure_dataset
                      (request_id, ordinal, contract_id, source, datasource, table_name,
                       key_column, mode, columns, status, attempts, updated_at)
                    values (:r, 0, 'x', 'CONTRACT', 'wh', 't', 'id', 'UPDATE',
                            '{"a": "retain"}', 'PENDING', 0, now())
                    """)
                .bind("r", r.requestId())
                .execute());

    assertThatThrownBy(() -> store.datasets(r.requestId()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stored action retain");
  }
}
