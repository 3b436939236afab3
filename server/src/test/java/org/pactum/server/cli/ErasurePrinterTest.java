package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The erasure request's text rendering, from the JSON the API answers. */
class ErasurePrinterTest {
  private static final String TAX = "HGB §257 / AO §147: invoices are kept 10 years";

  private static String print(String json, boolean plan) throws Exception {
    JsonNode r = new ObjectMapper().readTree(json);
    StringWriter out = new StringWriter();
    ErasurePrinter.request(r, new PrintWriter(out), plan);
    return out.toString();
  }

  private static final String REQUEST =
      """
      {"request_id": "3f1c0000-0000-0000-0000-000000000001", "status": "COMPLETED",
       "subject_type": "customer", "received_at": "2026-11-22T09:00:00Z",
       "due_at": "2026-12-22T09:00:00Z", "overdue": false,
       "datasets": [
        {"dataset": "wh:billing.invoices", "source": "CONTRACT", "key_column": "customer_id",
         "mode": "UPDATE", "columns": {"email": "nullify", "amount": "retain"},
         "retained": {"amount": "%1$s"}, "status": "VERIFIED", "attempts": 1,
         "rows_matched": 2, "rows_affected": 2, "rows_remaining": 0, "error": null,
         "note": "retained: amount (%1$s); 2 row(s) of the subject remain"},
        {"dataset": "wh:billing.ledger", "source": "CONTRACT", "key_column": "customer_id",
         "mode": "UPDATE", "columns": {"amount": "retain"}, "retained": {"amount": "%1$s"},
         "status": "VERIFIED", "attempts": 1, "rows_matched": 3, "rows_affected": 0,
         "rows_remaining": 0, "error": null,
         "note": "retained: amount (%1$s); 3 row(s) of the subject remain"},
        {"dataset": "wh:public.orders", "source": "CONTRACT", "key_column": "customer_id",
         "mode": "UPDATE", "columns": {"email": "nullify"}, "retained": {},
         "status": "FAILED", "attempts": 3, "rows_matched": null, "rows_affected": null,
         "rows_remaining": null, "error": "SQLState 08001: cannot connect to the datasource",
         "note": null}],
       "gaps": []}
      """
          .formatted(TAX);

  @Test
  void aPlanShowsRetainWithItsLegalBasis() throws Exception {
    String out = print(REQUEST, true);

    assertThat(out)
        .contains(
            "key customer_id, email=nullify, amount=retain (" + TAX + ") (contract)",
            "key customer_id, amount=retain (" + TAX + ") (contract)",
            "key customer_id, email=nullify (contract)");
  }

  @Test
  void aStatusShowsWhatWasKeptOrTheError() throws Exception {
    String out = print(REQUEST, false);

    assertThat(out.lines().filter(l -> l.startsWith("wh:billing.ledger")).findFirst().orElseThrow())
        .matches(
            "wh:billing.ledger +UPDATE +VERIFIED +3 +0 +0  retained: amount \\(.*\\); 3 row\\(s\\)"
                + " of the subject remain");
    assertThat(out).contains("SQLState 08001: cannot connect to the datasource");
    assertThat(out).doesNotContain("null");
  }
}
