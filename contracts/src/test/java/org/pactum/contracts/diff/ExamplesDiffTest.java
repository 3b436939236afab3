package org.pactum.contracts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadResult;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.SourcePosition;

/** The shipped examples diffed against themselves and against edited copies. */
class ExamplesDiffTest {

  static final Path EXAMPLES = Path.of("examples");

  private final ContractLoader loader = new ContractLoader();
  private final ContractDiffer differ = new ContractDiffer();

  private static String text(String file) throws IOException {
    return Files.readString(EXAMPLES.resolve(file));
  }

  /** Loads {@code text} as if it were {@code file} (so its schema resolves), with no problems. */
  private DataContract load(String file, String text) {
    LoadResult result = loader.load(EXAMPLES.resolve(file), text);
    assertThat(result.problems()).isEmpty();
    return result.contract().orElseThrow().contract();
  }

  private static String edit(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  /** The 1-based line of the first occurrence of {@code needle}. */
  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).isNotNegative();
    return (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "orders/order_placed.contract.yaml",
        "payments/payment.contract.yaml",
        "customers/customer.contract.yaml"
      })
  void everyExampleDiffedWithItselfHasNoChanges(String file) throws IOException {
    String text = text(file);
    assertThat(differ.diff(load(file, text), load(file, text)).changes()).isEmpty();
  }

  @Test
  void ordersWithAWiderRangeAndANewStatusUnderAMinorBump() throws IOException {
    String file = "orders/order_placed.contract.yaml";
    String old = text(file);
    String now =
        edit(
            edit(
                edit(old, "version: 3.1.0", "version: 3.2.0"),
                "range: {column: amount, min: 0, max: 100000}",
                "range: {column: amount, min: 0, max: 1000000}"),
            "values: [PLACED, PAID, SHIPPED, CANCELLED]",
            "values: [PLACED, PAID, SHIPPED, CANCELLED, REFUNDED]");

    ContractDiff diff = differ.diff(load(file, old), load(file, now));

    assertThat(diff.changes())
        .extracting(SemanticChange::kind)
        .containsExactly(
            ChangeKind.VERSION_BUMP_TOO_SMALL,
            ChangeKind.CHECK_LOOSENED,
            ChangeKind.ACCEPTED_VALUE_ADDED);
    SemanticChange range = diff.ofKind(ChangeKind.CHECK_LOOSENED).get(0);
    assertThat(range.message())
        .isEqualTo(
            "range(amount) loosened: max 100000 → 1000000; data the old version failed now passes,"
                + " so consumers relying on it may break");
    assertThat(range.position())
        .isEqualTo(SourcePosition.of(lineOf(now, "range: {column: amount"), 5));
    assertThat(diff.ofKind(ChangeKind.VERSION_BUMP_TOO_SMALL).get(0).suggestedFix())
        .isEqualTo("set version: 4.0.0");
    assertThat(diff.breaking()).isTrue();
  }

  @Test
  void ordersWithADroppedNotNullAndAWeakerModeUnderAMajorBump() throws IOException {
    String file = "orders/order_placed.contract.yaml";
    String old = text(file);
    String now =
        edit(
            edit(
                edit(old, "version: 3.1.0", "version: 4.0.0"),
                "not_null: [order_id, customer_id, amount]",
                "not_null: [order_id, customer_id]"),
            "compatibility: BACKWARD_TRANSITIVE",
            "compatibility: BACKWARD");

    ContractDiff diff = differ.diff(load(file, old), load(file, now));

    assertThat(diff.changes())
        .extracting(SemanticChange::kind, SemanticChange::side)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ChangeKind.COMPATIBILITY_WEAKENED, Side.AFTER),
            org.assertj.core.groups.Tuple.tuple(ChangeKind.NOT_NULL_DROPPED, Side.BEFORE));
    SemanticChange dropped = diff.ofKind(ChangeKind.NOT_NULL_DROPPED).get(0);
    int line = lineOf(old, "not_null: [order_id, customer_id, amount]");
    assertThat(dropped.position())
        .isEqualTo(
            SourcePosition.of(line, old.lines().toList().get(line - 1).indexOf("amount") + 1));
    assertThat(diff.requiredBump()).isEqualTo(VersionBump.MAJOR);
  }

  @Test
  void paymentsWithWeakerErasureAndALongerFreshness() throws IOException {
    String file = "payments/payment.contract.yaml";
    String old = text(file);
    String now =
        edit(
            edit(
                edit(old, "version: 1.4.0", "version: 2.0.0"),
                "payer_email: {erasure: hash, category: email}",
                "payer_email: {erasure: redact, category: email}"),
            "card.last4: {erasure: redact, category: financial}",
            "card.last4: {erasure: hash, category: financial}");
    now = edit(now, "max_age: 30m, warn_age: 15m", "max_age: 1h, warn_age: 15m");

    ContractDiff diff = differ.diff(load(file, old), load(file, now));

    assertThat(diff.changes())
        .extracting(SemanticChange::kind, SemanticChange::severity, SemanticChange::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.CHECK_LOOSENED, ChangeSeverity.ERROR, "freshness(created_at)"),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.PII_ERASURE_CHANGED, ChangeSeverity.ERROR, "pii.fields.card.last4"),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.PII_ERASURE_CHANGED, ChangeSeverity.WARNING, "pii.fields.payer_email"));
    assertThat(diff.errors().get(0).message()).contains("max_age 30m → 1h");
  }

  @Test
  void customersDeprecatedWithATagRemovedAndAnOwnerChange() throws IOException {
    String file = "customers/customer.contract.yaml";
    String old = text(file);
    String now =
        edit(
            edit(
                edit(
                    edit(old, "version: 2.0.1", "version: 3.0.0"),
                    "status: active",
                    "status: deprecated"),
                "    last_login_ip: {erasure: hash, category: ip_address}\n",
                ""),
            "owner: {team: crm,",
            "owner: {team: crm-platform,");

    ContractDiff diff = differ.diff(load(file, old), load(file, now));

    assertThat(diff.changes())
        .extracting(SemanticChange::kind)
        .containsExactly(
            ChangeKind.PII_FIELD_REMOVED, ChangeKind.STATUS_CHANGED, ChangeKind.OWNER_CHANGED);
    SemanticChange removed = diff.errors().get(0);
    assertThat(removed.side()).isEqualTo(Side.BEFORE);
    assertThat(removed.position()).isEqualTo(SourcePosition.of(lineOf(old, "last_login_ip:"), 5));
  }
}
