package org.pactum.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.CheckType;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.model.PiiCategory;
import org.pactum.contracts.model.PiiField;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.contracts.schema.FieldKind;
import org.pactum.contracts.schema.LoadedSchema;

class ExamplesTest {

  static final Path EXAMPLES = Path.of("examples");

  private final ContractLoader loader = new ContractLoader();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "orders/order_placed.contract.yaml",
        "payments/payment.contract.yaml",
        "customers/customer.contract.yaml"
      })
  void everyExampleLoadsWithoutAnyProblem(String file) throws IOException {
    LoadResult result = loader.load(EXAMPLES.resolve(file));

    assertThat(result.problems()).isEmpty();
    assertThat(result.contract()).isPresent();
  }

  private LoadedContract example(String file) throws IOException {
    return loader.load(EXAMPLES.resolve(file)).contract().orElseThrow();
  }

  @Test
  void ordersExampleUsesEveryCheckType() throws IOException {
    DataContract c = example("orders/order_placed.contract.yaml").contract();

    assertThat(c.checks()).extracting(Check::type).containsAll(EnumSet.allOf(CheckType.class));
    assertThat(c.checks())
        .extracting(Check::name)
        .startsWith(
            "row_count",
            "row_count_anomaly",
            "not_null(order_id)",
            "not_null(customer_id)",
            "not_null(amount)",
            "unique(order_id)",
            "range(amount)");
    assertThat(c.schema().compatibility()).isEqualTo(CompatibilityMode.BACKWARD_TRANSITIVE);
  }

  @Test
  void paymentsExampleResolvesItsImportAndTheWellKnownTimestamp() throws IOException {
    LoadedSchema schema = example("payments/payment.contract.yaml").schema();

    assertThat(schema.format()).isEqualTo(SchemaFormat.PROTOBUF);
    assertThat(schema.field("amount.units").orElseThrow().kind()).isEqualTo(FieldKind.INTEGER);
    assertThat(schema.field("created_at").orElseThrow().kind()).isEqualTo(FieldKind.TIMESTAMP);
    assertThat(schema.field("status").orElseThrow().enumSymbols())
        .contains("PAYMENT_STATUS_CAPTURED");
    assertThat(schema.field("risk_flags").orElseThrow().repeated()).isTrue();
  }

  @Test
  void customersExampleTagsPersonalData() throws IOException {
    LoadedContract loaded = example("customers/customer.contract.yaml");
    Pii pii = loaded.contract().pii();

    assertThat(pii.subject()).isEqualTo("customer");
    assertThat(pii.key()).isEqualTo("customer_id");
    assertThat(pii.fields().values())
        .extracting(PiiField::category)
        .contains(
            PiiCategory.EMAIL,
            PiiCategory.PHONE,
            PiiCategory.NAME,
            PiiCategory.ADDRESS,
            PiiCategory.BIRTH_DATE);
    assertThat(loaded.schema().field("date_of_birth").orElseThrow().kind())
        .isEqualTo(FieldKind.DATE);
  }

  @Test
  void discoversAllExamplesSorted() throws IOException {
    List<Path> files = loader.discover(List.of(EXAMPLES));

    assertThat(files)
        .containsExactly(
            EXAMPLES.resolve("customers/customer.contract.yaml"),
            EXAMPLES.resolve("orders/order_placed.contract.yaml"),
            EXAMPLES.resolve("payments/payment.contract.yaml"));
  }
}
