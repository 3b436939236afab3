package org.pactum.contracts.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.Fixtures;
import org.pactum.contracts.LoadResult;
import org.pactum.contracts.problem.Problem;
import org.pactum.contracts.problem.Severity;

/**
 * The linter's cross-checks, through the loader so positions come from real files. The schema is
 * {@link Fixtures#ORDER_AVSC}; the contract body starts at line 8, so the first check is at 9:5.
 */
class ContractLinterTest {

  @TempDir Path dir;

  private LoadResult lint(String body) throws IOException {
    return new ContractLoader().load(Fixtures.avroContract(dir, body));
  }

  /** {@code line:col: message [code]} of every problem, without the file. */
  private List<String> problems(String body) throws IOException {
    return lint(body).problems().stream()
        .map(p -> p.line() + ":" + p.column() + ": " + p.message() + " [" + p.code() + "]")
        .toList();
  }

  @Test
  void unknownColumnsInChecksWithSuggestions() throws IOException {
    assertThat(
            problems(
                "checks:\n  - range: {column: amout, min: 0}\n  - unique: [order_id, "
                    + "custmer_id]\n  - null_rate: {column: address.cty, fail: 0.1}\n"))
        .containsExactly(
            "9:5: check 'range(amout)': column 'amout' is not in the schema (did you mean"
                + " 'amount'?) [unknown-column]",
            "10:5: check 'unique(order_id,custmer_id)': column 'custmer_id' is not in the schema"
                + " (did you mean 'customer_id'?) [unknown-column]",
            "11:5: check 'null_rate(address.cty)': column 'address.cty' is not in the schema"
                + " (did you mean 'address.city'?) [unknown-column]");
  }

  @Test
  void theKafkaKeyColumnMustBeInTheSchema() throws IOException {
    String binding = "kafka: {input: o, valid: o.valid, dead_letter: o.dlq, key_column: %s}\n";
    assertThat(problems(binding.formatted("customer_id"))).isEmpty();
    assertThat(problems(binding.formatted("custmer_id")))
        .containsExactly(
            "8:67: kafka key_column 'custmer_id' is not in the schema (did you mean"
                + " 'customer_id'?) [unknown-column]");
  }

  @Test
  void nestedPathsAreColumns() throws IOException {
    assertThat(problems("checks:\n  - not_null: [address.city]\n")).isEmpty();
  }

  @Test
  void unknownPiiFieldAndMissingKey() throws IOException {
    String body =
        """
        pii:
          subject: customer
          key: customer
          fields:
            emial: {erasure: nullify}
        """;

    assertThat(problems(body))
        .containsExactly(
            "10:8: pii key 'customer' is not in the schema (did you mean 'customer_id'?): erasure"
                + " finds a subject's rows by this column [pii-key-missing]",
            "12:5: pii field 'emial' is not in the schema (did you mean 'email'?)"
                + " [unknown-column]");
  }

  @Test
  void uniqueOnARepeatedField() throws IOException {
    assertThat(problems("checks:\n  - unique: [tags]\n"))
        .containsExactly(
            "9:5: check 'unique(tags)': unique on 'tags', a repeated field; uniqueness applies"
                + " to one value per row [unique-repeated]");
  }

  @Test
  void duplicateCheckNames() throws IOException {
    String body =
        """
        checks:
          - not_null: [order_id]
          - unique: [order_id]
          - not_null: {column: order_id, mostly: 0.9}
          - sql: {name: unique(order_id), query: "select 1 from {table}", max: 1}
        """;

    assertThat(problems(body))
        .containsExactly(
            "11:5: duplicate check name 'not_null(order_id)' (first at line 9); give one of them"
                + " a distinct name: [duplicate-check-name]",
            "12:5: duplicate check name 'unique(order_id)' (first at line 10); give one of them"
                + " a distinct name: [duplicate-check-name]");
  }

  @Test
  void checksThatDoNotFitTheColumnType() throws IOException {
    String body =
        """
        checks:
          - range: {column: email, min: 0}
          - mean: {column: status, min: 1}
          - regex: {column: quantity, pattern: '^\\d+$'}
          - freshness: {column: email, max_age: 1h}
          - range: {column: placed_at, min: 0}
          - range: {column: amount, max: 2030-01-01}
          - avg_length: {column: amount, max: 3}
          - drift: {column: email, method: ks, warn: 0.1}
          - accepted_values: {column: quantity, values: [1, two]}
          - unique: [address]
        """;

    assertThat(problems(body))
        .containsExactly(
            "9:5: check 'range(email)': range needs a numeric or temporal column; 'email' is a"
                + " string [type-mismatch]",
            "10:5: check 'mean(status)': mean needs a numeric column; 'status' is an enum"
                + " [type-mismatch]",
            "11:5: check 'regex(quantity)': regex needs a string column; 'quantity' is an integer"
                + " [type-mismatch]",
            "12:5: check 'freshness(email)': freshness needs a timestamp or date column; 'email'"
                + " is a string [type-mismatch]",
            "13:5: check 'range(placed_at)': range bound '0' is a number but 'placed_at' is a"
                + " timestamp; write an ISO date or timestamp [type-mismatch]",
            "14:5: check 'range(amount)': range bound '2030-01-01' is a date or timestamp but"
                + " 'amount' is a float [type-mismatch]",
            "15:5: check 'avg_length(amount)': avg_length needs a string column; 'amount' is a"
                + " float [type-mismatch]",
            "16:5: check 'drift(email)': drift method ks compares numeric distributions; 'email'"
                + " is a string (use chi_squared or psi for categories) [type-mismatch]",
            "17:5: check 'accepted_values(quantity)': accepted value 'two' cannot be a value of"
                + " 'quantity' is an integer [type-mismatch]",
            "18:5: check 'unique(address)': unique needs comparable columns; 'address' is a"
                + " record [type-mismatch]");
  }

  @Test
  void checksThatFitTheirColumnsAreClean() throws IOException {
    String body =
        """
        checks:
          - range: {column: placed_at, min: 2020-01-01, max: '2030-01-01T00:00:00Z'}
          - range: {column: birth_date, min: 1900-01-01}
          - metric: {metric: max, column: placed_at, anomaly: {}}
          - freshness: {column: birth_date, max_age: 1d}
          - regex: {column: status, pattern: '^P'}
          - drift: {column: status, method: chi_squared, fail: 0.3}
          - accepted_values: {column: quantity, values: [1, 2, 3]}
          - distinct_count: {column: customer_id, min: 1}
        """;

    assertThat(problems(body)).isEmpty();
  }

  @Test
  void acceptedValuesOutsideTheEnumAreAWarning() throws IOException {
    LoadResult result =
        lint("checks:\n  - accepted_values: {column: status, values: [PLACED, SHIPPED, LOST]}\n");

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.code()).isEqualTo("accepted-value-not-in-enum");
              assertThat(p.message())
                  .isEqualTo(
                      "check 'accepted_values(status)': 'SHIPPED', 'LOST' are not symbols of the"
                          + " enum of 'status' (PLACED, PAID)");
            });
    assertThat(result.contract()).isPresent();
  }

  @Test
  void piiErasureThatCannotWork() throws IOException {
    String body =
        """
        pii:
          subject: customer
          key: customer_id
          fields:
            customer_id: {erasure: nullify}
            birth_date: {erasure: hash}
        """;

    List<Problem> problems = lint(body).problems();

    assertThat(problems)
        .extracting(p -> p.line() + ":" + p.column() + " " + p.severity() + " " + p.code())
        .containsExactly("12:5 WARNING pii-nullify-required", "13:5 ERROR pii-hash-type");
    assertThat(problems.get(1).message())
        .isEqualTo(
            "pii field 'birth_date' is erased with hash, which writes text, but it is a"
                + " date; use nullify or delete_row");
  }

  @Test
  void checksWithoutADatasetAreAWarning() throws IOException {
    String header =
        Fixtures.HEADER.replace("dataset: {datasource: warehouse, table: public.orders}\n", "");
    Fixtures.write(dir, "order.avsc", Fixtures.ORDER_AVSC);
    Path file =
        Fixtures.write(dir, "x.contract.yaml", header + "checks:\n  - unique: [order_id]\n");

    assertThat(new ContractLoader().load(file).problems())
        .extracting(Problem::format)
        .containsExactly(
            file
                + ":8:3: the contract has checks but no dataset: add"
                + " dataset.datasource and dataset.table so the check engine knows where to run them");
  }

  @Test
  void retainingAFieldOfARowThatIsDeletedIsAnError() throws IOException {
    String body =
        """
        pii:
          subject: customer
          key: customer_id
          fields:
            customer_id: {erasure: delete_row}
            amount: {erasure: retain, legal_basis: "AO §147"}
        """;

    List<Problem> problems = lint(body).problems();

    assertThat(problems)
        .extracting(p -> p.line() + ":" + p.column() + " " + p.severity() + " " + p.code())
        .containsExactly("13:5 ERROR pii-retain-with-delete-row");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "pii field 'amount' is retained (AO §147) but 'customer_id' is erased with delete_row:"
                + " deleting the row would destroy data that must be kept; erase the other fields"
                + " with nullify, hash or redact instead");
  }

  @Test
  void retainingTheKeyBesideUpdatedFieldsIsFine() throws IOException {
    String body =
        """
        pii:
          subject: customer
          key: customer_id
          fields:
            customer_id: {erasure: retain, legal_basis: "AO §147"}
            amount: {erasure: retain, legal_basis: "AO §147"}
            email: nullify
        """;

    assertThat(lint(body).problems()).isEmpty();
  }
}
