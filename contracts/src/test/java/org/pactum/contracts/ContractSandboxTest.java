package org.pactum.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.contracts.Fixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.contracts.problem.Problem;

/**
 * A contract reads only files inside its root: its schema file and Protobuf imports may not be
 * absolute, climb out with {@code ..}, or be symbolic links (even links that point inside), and no
 * problem quotes a file outside the root or names a server path.
 */
class ContractSandboxTest {

  @TempDir Path tmp;
  private Path dir;
  private Path outside;
  private final ContractLoader loader = new ContractLoader();

  @BeforeEach
  void folders() throws IOException {
    dir = Files.createDirectories(tmp.resolve("contracts"));
    outside = Files.createDirectories(tmp.resolve("outside"));
    write(outside, "secret.avsc", Fixtures.ORDER_AVSC);
    write(outside, "secret.proto", "root:x:0:0:root:/root:/bin/bash\n");
  }

  private static String avro(String file) {
    return Fixtures.HEADER.replace("file: order.avsc", "file: '" + file + "'");
  }

  private static String proto(String file) {
    return """
        apiVersion: pactum/v1
        kind: DataContract
        id: payments.payment
        version: 1.0.0
        owner: {team: payments}
        schema: {format: protobuf, file: '%s', message: Payment}
        dataset: {datasource: warehouse, table: payments}
        """
        .formatted(file);
  }

  private static String importing(String importPath) {
    return """
        syntax = "proto3";
        import "%s";
        message Payment { string id = 1; }
        """
        .formatted(importPath);
  }

  /** The one problem, an error at the {@code schema.file} value (line 6). */
  private Problem refused(LoadResult result, Path contract, String code) throws IOException {
    assertThat(result.contract()).isEmpty();
    assertThat(result.problems()).as(result.problems().toString()).hasSize(1);
    Problem p = result.problems().get(0);
    String fileLine = Files.readAllLines(contract).get(5);
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.file()).isEqualTo(contract);
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.column()).isEqualTo(fileLine.indexOf("file: ") + 7);
    return p;
  }

  /** No message names the temp folder or /etc, or quotes a file's content. */
  private void assertNoServerPath(LoadResult result) throws IOException {
    for (Problem p : result.problems()) {
      assertThat(p.message())
          .doesNotContain("/etc")
          .doesNotContain(tmp.toString())
          .doesNotContain(tmp.toRealPath().toString())
          .doesNotContain("root:")
          .doesNotContain("unexpected label");
    }
  }

  @Test
  void anAbsoluteSchemaFileIsRefused() throws IOException {
    Path contract = write(dir, "o.contract.yaml", avro(outside.resolve("secret.avsc").toString()));

    Problem p = refused(loader.load(contract), contract, "schema-file-outside");

    assertThat(p.message())
        .isEqualTo(
            "schema file is an absolute path; paths are relative to the contract's folder and stay"
                + " inside it (no '..', no absolute paths, no symbolic links)");
    assertNoServerPath(loader.load(contract));
  }

  @Test
  void etcPasswdAsAProtobufSchemaIsRefusedWithoutQuotingIt() throws IOException {
    Path contract = write(dir, "p.contract.yaml", proto("/etc/passwd"));

    LoadResult result = loader.load(contract);

    assertThat(result.contract()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::code)
        .containsExactlyInAnyOrder("invalid-value", "schema-file-outside");
    assertThat(result.problems())
        .allSatisfy(p -> assertThat(p.message()).doesNotContain("root:").doesNotContain("label"));
    assertThat(result.problems())
        .filteredOn(p -> p.code().equals("schema-file-outside"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("schema file is an absolute path;"));
    assertNoServerPath(result);
  }

  @Test
  void aParentSegmentIsRefusedEvenWhenItLandsInside() throws IOException {
    write(dir, "order.avsc", Fixtures.ORDER_AVSC);
    Path out = write(dir, "o.contract.yaml", avro("../outside/secret.avsc"));
    Path in = write(dir, "i.contract.yaml", avro("sub/../order.avsc"));

    assertThat(refused(loader.load(out), out, "schema-file-outside").message())
        .startsWith("schema file has a '..' segment;");
    assertThat(refused(loader.load(in), in, "schema-file-outside").message())
        .startsWith("schema file has a '..' segment;");
    assertNoServerPath(loader.load(out));
  }

  @Test
  void aProtoImportWithAParentSegmentIsRefusedAtTheSchemaFile() throws IOException {
    write(dir, "payment.proto", importing("../outside/secret.proto"));
    Path contract = write(dir, "p.contract.yaml", proto("payment.proto"));

    Problem p = refused(loader.load(contract), contract, "proto-import-outside");

    assertThat(p.message())
        .isEqualTo(
            "import on line 2 of payment.proto has a '..' segment; paths are relative to the"
                + " contract's folder and stay inside it (no '..', no absolute paths, no symbolic"
                + " links)");
    assertNoServerPath(loader.load(contract));
  }

  @Test
  void anAbsoluteProtoImportIsRefusedAndNotRead() throws IOException {
    write(dir, "payment.proto", importing(outside.resolve("secret.proto").toString()));
    Path contract = write(dir, "p.contract.yaml", proto("payment.proto"));

    Problem p = refused(loader.load(contract), contract, "proto-import-outside");

    assertThat(p.message()).startsWith("import on line 2 of payment.proto is an absolute path;");
    assertNoServerPath(loader.load(contract));
  }

  @Test
  void anAbsoluteImportOfEtcPasswdIsRefused() throws IOException {
    write(dir, "payment.proto", importing("/etc/passwd"));
    Path contract = write(dir, "p.contract.yaml", proto("payment.proto"));

    Problem p = refused(loader.load(contract), contract, "proto-import-outside");

    assertThat(p.message()).startsWith("import on line 2 of payment.proto is an absolute path;");
    assertNoServerPath(loader.load(contract));
  }

  @Test
  void aNestedImportThatClimbsOutIsRefused() throws IOException {
    write(dir, "common/money.proto", importing("common/../../outside/secret.proto"));
    write(
        dir,
        "payment.proto",
        "syntax = \"proto3\";\nimport \"common/money.proto\";\nmessage Payment {}\n");
    Path contract = write(dir, "p.contract.yaml", proto("payment.proto"));

    Problem p = refused(loader.load(contract), contract, "proto-import-outside");

    assertThat(p.message()).startsWith("import on line 2 of common/money.proto has a '..'");
    assertNoServerPath(loader.load(contract));
  }

  @Test
  void aSymlinkPointingOutsideIsRefusedWhenLoadingTheFolder() throws IOException {
    Files.createSymbolicLink(dir.resolve("order.avsc"), outside.resolve("secret.avsc"));
    Path contract = write(dir, "o.contract.yaml", avro("order.avsc"));

    LoadReport report = loader.loadAll(List.of(dir));

    assertThat(report.contracts()).isEmpty();
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(contract);
              assertThat(p.code()).isEqualTo("schema-file-outside");
              assertThat(p.message())
                  .startsWith("schema file 'order.avsc' is, or passes through, a symbolic link;")
                  .doesNotContain(outside.toString());
            });
  }

  @Test
  void aSymlinkPointingInsideTheRootIsRefusedToo() throws IOException {
    write(dir, "real/order.avsc", Fixtures.ORDER_AVSC);
    Files.createSymbolicLink(dir.resolve("order.avsc"), dir.resolve("real/order.avsc"));
    Path contract = write(dir, "o.contract.yaml", avro("order.avsc"));

    refused(loader.load(contract), contract, "schema-file-outside");
  }

  @Test
  void aSymlinkedFolderOnTheWayIsRefused() throws IOException {
    Files.createSymbolicLink(dir.resolve("linked"), outside);
    Path contract = write(dir, "o.contract.yaml", avro("linked/secret.avsc"));

    assertThat(refused(loader.load(contract), contract, "schema-file-outside").message())
        .contains("symbolic link");
    assertNoServerPath(loader.load(contract));
  }

  @Test
  void aSymlinkedProtoImportIsRefused() throws IOException {
    write(dir, "real/money.proto", "syntax = \"proto3\";\nmessage Money {}\n");
    Files.createDirectories(dir.resolve("common"));
    Files.createSymbolicLink(dir.resolve("common/money.proto"), dir.resolve("real/money.proto"));
    write(dir, "payment.proto", importing("common/money.proto"));
    Path contract = write(dir, "p.contract.yaml", proto("payment.proto"));

    Problem p = refused(loader.load(contract), contract, "proto-import-outside");

    assertThat(p.message())
        .startsWith(
            "import 'common/money.proto' on line 2 of payment.proto is, or passes through, a"
                + " symbolic link;");
    assertNoServerPath(loader.load(contract));
  }

  @Test
  void symlinkedContractFilesAreNotDiscovered() throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    write(elsewhere, "order.avsc", Fixtures.ORDER_AVSC);
    Path real = write(elsewhere, "o.contract.yaml", avro("order.avsc"));
    Files.createSymbolicLink(dir.resolve("o.contract.yaml"), real);

    assertThat(loader.discover(List.of(dir))).isEmpty();
  }

  @Test
  void aFolderLoadStillReadsPlainFilesInSubfolders() throws IOException {
    write(dir, "orders/order.avsc", Fixtures.ORDER_AVSC);
    write(dir, "orders/o.contract.yaml", avro("order.avsc"));

    LoadReport report = loader.loadAll(List.of(dir));

    assertThat(report.problems()).isEmpty();
    assertThat(report.contracts()).hasSize(1);
  }

  @Test
  void wireErrorsNameFilesRelativeToTheContractFolder() throws IOException {
    write(dir, "common/money.proto", "syntax = \"proto3\";\nmessage Money { Nope n = 1; }\n");
    write(
        dir,
        "payment.proto",
        "syntax = \"proto3\";\nimport \"common/money.proto\";\n"
            + "message Payment { Money m = 1; }\n");
    Path contract = write(dir, "p.contract.yaml", proto("payment.proto"));

    LoadResult result = loader.load(contract);

    assertThat(result.contract()).isEmpty();
    assertThat(result.problems()).isNotEmpty();
    assertNoServerPath(result);
  }

  @Test
  void aLinkAboveTheRootIsFine() throws IOException {
    write(dir, "common/money.proto", "syntax = \"proto3\";\nmessage Money { int64 units = 1; }\n");
    write(
        dir,
        "payment.proto",
        "syntax = \"proto3\";\nimport \"common/money.proto\";\n"
            + "message Payment { Money amount = 1; }\n");
    write(dir, "p.contract.yaml", proto("payment.proto"));
    Path checkout = Files.createSymbolicLink(tmp.resolve("checkout"), dir);

    LoadResult result = loader.load(checkout.resolve("p.contract.yaml"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.contract().orElseThrow().schema().paths())
        .containsExactly("amount", "amount.units");
    assertThat(result.contract().orElseThrow().schema().file())
        .isEqualTo(checkout.resolve("payment.proto"));
  }
}
