package org.pactum.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactum.contracts.Fixtures.write;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.contracts.problem.Problem;
import org.pactum.contracts.schema.ProtobufContractSchema;

class ContractLoaderTest {

  @TempDir Path dir;

  private final ContractLoader loader = new ContractLoader();

  private static final String PROTO_HEADER =
      """
      apiVersion: pactum/v1
      kind: DataContract
      id: payments.payment
      version: 1.0.0
      owner: {team: payments}
      schema:
        format: protobuf
        file: payment.proto
        message: %s
      dataset: {datasource: warehouse, table: payments}
      """;

  private List<String> formatted(LoadResult result) {
    return result.problems().stream().map(Problem::format).toList();
  }

  @Test
  void loadsAValidAvroContract() throws IOException {
    Path file = Fixtures.avroContract(dir, "checks:\n  - not_null: [order_id]\n");

    LoadResult result = loader.load(file);

    assertThat(result.problems()).isEmpty();
    assertThat(result.clean()).isTrue();
    LoadedContract loaded = result.contract().orElseThrow();
    assertThat(loaded.file()).isEqualTo(file);
    assertThat(loaded.source()).isEqualTo(Fixtures.contract("checks:\n  - not_null: [order_id]\n"));
    assertThat(loaded.schema().text()).isEqualTo(Fixtures.ORDER_AVSC);
    assertThat(loaded.schema().file()).isEqualTo(dir.resolve("order.avsc"));
  }

  @Test
  void missingSchemaFileIsReportedAtTheFileValue() throws IOException {
    Path file = write(dir, "orders.contract.yaml", Fixtures.contract(""));

    LoadResult result = loader.load(file);

    assertThat(result.contract()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("schema-file-missing");
              assertThat(p.format())
                  .isEqualTo(
                      file
                          + ":6:30: schema file 'order.avsc' not found (paths are relative to"
                          + " the contract's folder)");
            });
  }

  @Test
  void avroJsonSyntaxErrorIsPlacedInTheSchemaFile() throws IOException {
    write(dir, "order.avsc", "{\"type\": \"record\",\n \"name\": \"X\" \"fields\": []}");
    Path file = write(dir, "orders.contract.yaml", Fixtures.contract(""));

    List<Problem> problems = loader.load(file).problems();

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(dir.resolve("order.avsc"));
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(14);
              assertThat(p.code()).isEqualTo("schema-invalid");
              assertThat(p.message())
                  .startsWith("invalid Avro schema JSON: Unexpected character ('\"'");
            });
  }

  @Test
  void avroSemanticErrorIsPlacedAtTheNameItQuotes() throws IOException {
    write(
        dir,
        "order.avsc",
        "{\"type\": \"record\", \"name\": \"X\", \"fields\": [\n  {\"name\": \"a\", \"type\": \"Missing\"}]}");
    Path file = write(dir, "orders.contract.yaml", Fixtures.contract(""));

    List<Problem> problems = loader.load(file).problems();

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(dir.resolve("order.avsc"));
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(25);
              assertThat(p.message()).contains("Missing");
            });
  }

  @Test
  void avroTopLevelMustBeARecord() throws IOException {
    write(dir, "order.avsc", "\"string\"");
    Path file = write(dir, "orders.contract.yaml", Fixtures.contract(""));

    assertThat(formatted(loader.load(file)))
        .containsExactly(
            dir.resolve("order.avsc")
                + ":1:1: the top-level Avro schema must be a record (the row type); found string");
  }

  private void writeProtos() {
    write(
        dir,
        "common/money.proto",
        """
        syntax = "proto3";
        package common;
        message Money { string currency_code = 1; int64 units = 2; }
        """);
    write(
        dir,
        "payment.proto",
        """
        syntax = "proto3";
        package pay.v1;
        import "common/money.proto";
        import "google/protobuf/timestamp.proto";
        message Payment {
          string payment_id = 1;
          common.Money amount = 2;
          google.protobuf.Timestamp created_at = 3;
        }
        """);
  }

  @Test
  void protobufImportsResolveRelativeToTheContractFolder() throws IOException {
    writeProtos();
    Path file =
        write(
            dir,
            "p.contract.yaml",
            PROTO_HEADER.formatted("pay.v1.Payment")
                + "checks:\n  - range: {column: amount.units, min: 0}\n");

    LoadResult result = loader.load(file);

    assertThat(result.problems()).isEmpty();
    ProtobufContractSchema schema =
        (ProtobufContractSchema) result.contract().orElseThrow().schema();
    assertThat(schema.messageName()).isEqualTo("pay.v1.Payment");
    assertThat(schema.paths())
        .containsExactly(
            "payment_id", "amount", "amount.currency_code", "amount.units", "created_at");
  }

  @Test
  void protobufMessageMayBeGivenByItsSimpleName() throws IOException {
    writeProtos();
    Path file = write(dir, "p.contract.yaml", PROTO_HEADER.formatted("Payment"));

    assertThat(loader.load(file).problems()).isEmpty();
  }

  @Test
  void protobufImportNotFoundIsReportedAtTheImportLine() throws IOException {
    writeProtos();
    write(
        dir,
        "payment.proto",
        """
        syntax = "proto3";
        package pay.v1;
        import "common/mony.proto";
        message Payment { string payment_id = 1; }
        """);
    Path file = write(dir, "p.contract.yaml", PROTO_HEADER.formatted("pay.v1.Payment"));

    LoadResult result = loader.load(file);

    assertThat(result.contract()).isEmpty();
    assertThat(formatted(result))
        .containsExactly(
            dir.resolve("payment.proto")
                + ":3:8: import \"common/mony.proto\" not"
                + " found: imports resolve relative to the contract's folder"
                + " (and google/protobuf/*.proto are built in)");
    assertThat(result.problems().get(0).code()).isEqualTo("proto-import-missing");
  }

  @Test
  void protobufSyntaxErrorIsPlacedInTheProtoFile() throws IOException {
    write(dir, "payment.proto", "syntax = \"proto3\";\nmessage Payment { string id = 1 }\n");
    Path file = write(dir, "p.contract.yaml", PROTO_HEADER.formatted("Payment"));

    assertThat(formatted(loader.load(file)))
        .containsExactly(
            dir.resolve("payment.proto")
                + ":2:34: Protobuf syntax error: expected ';' but was '}'");
  }

  @Test
  void protobufUnresolvedTypeIsPlacedAtTheField() throws IOException {
    write(dir, "payment.proto", "syntax = \"proto3\";\nmessage Payment {\n  Amount a = 1;\n}\n");
    Path file = write(dir, "p.contract.yaml", PROTO_HEADER.formatted("Payment"));

    assertThat(formatted(loader.load(file)))
        .containsExactly(
            dir.resolve("payment.proto") + ":3:3: unable to resolve Amount (for field a)");
  }

  @Test
  void protobufUnknownMessageSuggestsTheClosestName() throws IOException {
    writeProtos();
    Path file = write(dir, "p.contract.yaml", PROTO_HEADER.formatted("pay.v1.Paymnet"));

    assertThat(formatted(loader.load(file)))
        .containsExactly(
            file
                + ":9:12: message 'pay.v1.Paymnet' not found in payment.proto"
                + " (did you mean 'pay.v1.Payment'?); it declares: pay.v1.Payment");
  }

  @Test
  void threeMistakesAcrossParsingAndLintingAreAllReported() throws IOException {
    Path file =
        Fixtures.avroContract(
            dir,
            """
        checks:
          - not_null: [order_id, amout]
          - regex: {column: email, pattern: '[unclosed'}
          - freshness: {column: placed_at, max_age: 2 hours}
        """);

    LoadResult result = loader.load(file);

    assertThat(result.contract()).isEmpty();
    assertThat(formatted(result))
        .containsExactly(
            file
                + ":9:26: check 'not_null(amout)': column 'amout' is not in the schema (did you"
                + " mean 'amount'?)",
            file + ":10:37: invalid regex '[unclosed': Unclosed character class near index 8",
            file
                + ":11:45: invalid duration '2 hours' for max_age: expected a duration such as"
                + " 30m, 2h, 1d, 1h30m or ISO-8601 PT2H, P1D");
  }

  @Test
  void warningsDoNotWithholdTheContract() throws IOException {
    String header =
        Fixtures.HEADER.replace("dataset: {datasource: warehouse, table: public.orders}\n", "");
    write(dir, "order.avsc", Fixtures.ORDER_AVSC);
    Path file = write(dir, "orders.contract.yaml", header + "checks:\n  - unique: [order_id]\n");

    LoadResult result = loader.load(file);

    assertThat(result.clean()).isTrue();
    assertThat(result.contract()).isPresent();
    assertThat(result.problems()).extracting(Problem::code).containsExactly("missing-dataset");
  }

  @Test
  void invalidUtf8IsAProblemNotAnException() throws IOException {
    Path file = dir.resolve("bad.contract.yaml");
    java.nio.file.Files.write(file, new byte[] {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28});

    assertThat(formatted(loader.load(file)))
        .containsExactly(file + ":1:1: the contract file is not valid UTF-8");
  }

  @Test
  void loadThrowsOnlyWhenTheFileCannotBeRead() {
    Path missing = dir.resolve("nope.contract.yaml");

    assertThatThrownBy(() -> loader.load(missing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void discoverWalksDirectoriesAndTakesFilesAsGiven() throws IOException {
    Path b = write(dir, "b/x.contract.yml", "");
    Path a = write(dir, "a/deep/y.contract.yaml", "");
    write(dir, "a/notes.yaml", "");
    Path explicit = write(dir, "other.yaml", "");

    assertThat(loader.discover(List.of(dir, explicit))).containsExactly(a, b, explicit);
  }

  @Test
  void discoverRejectsAMissingPathNamingIt() {
    Path missing = dir.resolve("missing");

    assertThatThrownBy(() -> loader.discover(List.of(missing)))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void loadAllCollectsContractsAndSortedProblemsOfEveryFile() throws IOException {
    Fixtures.avroContract(dir.resolve("good"), "");
    Path bad = write(dir, "bad/z.contract.yaml", "id: [\n");
    Path worse = write(dir, "bad/a.contract.yaml", "- 1\n");

    LoadReport report = loader.loadAll(List.of(dir));

    assertThat(report.contracts())
        .extracting(c -> c.contract().id())
        .containsExactly("shop.orders");
    assertThat(report.clean()).isFalse();
    assertThat(report.problems()).extracting(Problem::file).containsExactly(worse, bad);
    assertThat(report.errorCount()).isEqualTo(2);
  }
}
