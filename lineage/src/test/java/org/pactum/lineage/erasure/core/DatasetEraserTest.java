package org.pactum.lineage.erasure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactum.contracts.model.ErasureAction.HASH;
import static org.pactum.contracts.model.ErasureAction.NULLIFY;
import static org.pactum.contracts.model.ErasureAction.REDACT;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.lineage.erasure.core.PlannedDataset.Mode;
import org.pactum.lineage.erasure.core.PlannedDataset.Source;
import org.pactum.lineage.erasure.warehouse.ErasureWarehouses;
import org.pactum.lineage.erasure.warehouse.Warehouse;
import org.pactum.lineage.erasure.warehouse.WarehouseFailure;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/** The erase and verify statements on the embedded PostgreSQL, including jsonb paths. */
@ExtendWith(PostgresExtension.class)
class DatasetEraserTest {
  private final TestDatabase db;
  private final Jdbi jdbi;
  private final DatasetEraser eraser = new DatasetEraser();

  DatasetEraserTest(TestDatabase db) {
    this.db = db;
    this.jdbi = Jdbi.create(db.dataSource());
  }

  private static PlannedDataset update(String table, Object... fieldActions) {
    Map<String, ErasureAction> m = new LinkedHashMap<>();
    for (int i = 0; i < fieldActions.length; i += 2) {
      m.put((String) fieldActions[i], (ErasureAction) fieldActions[i + 1]);
    }
    return new PlannedDataset(null, Source.CONTRACT, "wh", table, "customer_id", Mode.UPDATE, m);
  }

  private static Warehouse warehouse(DataSource ds) {
    return new ErasureWarehouses(name -> ds, Duration.ofSeconds(30)).named("wh").orElseThrow();
  }

  private String one(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  @Test
  void nestedJsonbFieldsAreErasedInPlaceAndVerified() throws WarehouseFailure {
    db.execute(
        """
        create table pay (customer_id bigint, payer_email text,
                          card jsonb, meta jsonb);
        insert into pay values
          (5, 'a@x.org', '{"brand": "VISA", "last4": "4242", "holder": "Ada"}', null),
          (5, null, '{"brand": "VISA"}', '{"ip": "10.0.0.1"}'),
          (6, 'b@x.org', '{"brand": "AMEX", "last4": "1005", "holder": "Bob"}', null);
        """);
    PlannedDataset d =
        update(
            "public.pay",
            "payer_email",
            HASH,
            "card.last4",
            REDACT,
            "card.holder",
            HASH,
            "meta.ip",
            NULLIFY);
    assertThat(eraser.remaining(warehouse(db.dataSource()), d, "5")).isEqualTo(2);

    DatasetEraser.Counts counts = eraser.erase(warehouse(db.dataSource()), d, "5", "salt");
    assertThat(counts).isEqualTo(new DatasetEraser.Counts(2, 2));
    assertThat(eraser.remaining(warehouse(db.dataSource()), d, "5")).isZero();

    assertThat(one("select card::text from pay where customer_id = 5 and payer_email is not null"))
        .matches(
            "\\{\"brand\": \"VISA\", \"last4\": \"\\[erased\\]\", \"holder\": \"[0-9a-f]{64}\"\\}");
    assertThat(one("select card::text from pay where customer_id = 5 and payer_email is null"))
        .as("a missing key is not created")
        .isEqualTo("{\"brand\": \"VISA\"}");
    assertThat(one("select meta::text from pay where meta is not null"))
        .isEqualTo("{\"ip\": null}");
    assertThat(one("select payer_email from pay where customer_id = 5 and payer_email is not null"))
        .isEqualTo(one("select encode(sha256(convert_to('salt' || 'a@x.org', 'UTF8')), 'hex')"));
    assertThat(one("select card::text from pay where customer_id = 6"))
        .isEqualTo("{\"brand\": \"AMEX\", \"last4\": \"1005\", \"holder\": \"Bob\"}");
  }

  @Test
  void namesTheCheckEngineAcceptsAreErasedQuotedAndJsonbKeysAreWrittenAsLiterals()
      throws WarehouseFailure {
    String table = "\"O\"\"dd s\".\"t; drop table pay --\"";
    db.execute(
        """
        create schema "O""dd s";
        create table "O""dd s"."t; drop table pay --" (
          "Customer Id" text, "e-mail" text, doc jsonb);
        insert into "O""dd s"."t; drop table pay --" values
          ('k', 'a@x.org', '{"it''s": "x", "back\\\\slash": "y", "keep": "z"}'),
          ('j', 'b@x.org', '{"it''s": "x2"}');
        """);
    Map<String, ErasureAction> fields = new LinkedHashMap<>();
    fields.put("e-mail", NULLIFY);
    fields.put("doc.it's", REDACT);
    fields.put("doc.back\\slash", HASH);
    PlannedDataset d =
        new PlannedDataset(null, Source.CONTRACT, "wh", table, "Customer Id", Mode.UPDATE, fields);
    // E'…' literals read the same whatever standard_conforming_strings says
    PGSimpleDataSource legacyStrings = (PGSimpleDataSource) db.dataSource();
    legacyStrings.setOptions("-c standard_conforming_strings=off");

    assertThat(eraser.erase(warehouse(legacyStrings), d, "k", "s"))
        .isEqualTo(new DatasetEraser.Counts(1, 1));
    assertThat(eraser.remaining(warehouse(legacyStrings), d, "k")).isZero();

    String row = " from " + table + " where \"Customer Id\" = ";
    assertThat(one("select coalesce(\"e-mail\", 'null')" + row + "'k'")).isEqualTo("null");
    assertThat(one("select doc ->> 'it''s'" + row + "'k'")).isEqualTo(DatasetEraser.REDACTED);
    assertThat(one("select doc ->> 'back\\slash'" + row + "'k'")).matches("[0-9a-f]{64}");
    assertThat(one("select doc ->> 'keep'" + row + "'k'")).isEqualTo("z");
    assertThat(one("select doc::text" + row + "'j'")).isEqualTo("{\"it's\": \"x2\"}");
  }

  @Test
  void connectionsDefaultingToReadOnlyStillErase() throws WarehouseFailure {
    db.execute("create table t3 (customer_id text, email text)");
    db.execute("insert into t3 values ('k', 'e'), ('j', 'f')");
    org.postgresql.ds.PGSimpleDataSource ro =
        (org.postgresql.ds.PGSimpleDataSource) db.dataSource();
    ro.setOptions("-c default_transaction_read_only=on");
    PlannedDataset d = update("public.t3", "email", NULLIFY);
    assertThat(eraser.erase(warehouse(ro), d, "k", "s")).isEqualTo(new DatasetEraser.Counts(1, 1));
    assertThat(eraser.remaining(warehouse(ro), d, "k")).isZero();
  }

  @Test
  void aMissingColumnFailsWithItsSqlStateAndChangesNothing() {
    db.execute("create table t2 (customer_id text, email text)");
    db.execute("insert into t2 values ('k', 'e')");
    PlannedDataset d = update("public.t2", "email", NULLIFY, "phone", NULLIFY);
    assertThatThrownBy(() -> eraser.erase(warehouse(db.dataSource()), d, "k", "s"))
        .isInstanceOf(WarehouseFailure.class)
        .satisfies(e -> assertThat(((WarehouseFailure) e).sqlState()).isEqualTo("42703"));
    assertThat(one("select email from t2")).isEqualTo("e");
  }
}
