package org.pactum.lineage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadResult;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.diff.ContractDiffer;

class ContractColumnChangesTest {
  private static final Path EXAMPLE = Path.of("../contracts/examples/customers");

  @Test
  void removedAndRetypedColumnsDroppedGuaranteesAndPiiTags(@TempDir Path dir) throws Exception {
    String yaml = Files.readString(EXAMPLE.resolve("customer.contract.yaml"));
    String avsc = Files.readString(EXAMPLE.resolve("customer.avsc"));
    Files.writeString(
        dir.resolve("customer.avsc"),
        avsc.replaceFirst("\\s*\\{\"name\": \"phone\"[^\\n]*\\n", "\n")
            .replace(
                "{\"name\": \"country\", \"type\": \"string\"",
                "{\"name\": \"country\", \"type\": [\"null\", \"string\"], \"default\": null"));
    Files.writeString(
        dir.resolve("customer.contract.yaml"),
        yaml.replaceAll("(?m)^.*phone.*\\n", "")
            .replace("version: 2.0.1", "version: 3.0.0")
            .replace(
                "not_null: [customer_id, first_name, last_name, country, created_at]",
                "not_null: [customer_id, first_name, last_name, created_at]")
            .replaceAll("(?m)^    email: \\{erasure.*\\n", ""));
    ContractLoader loader = new ContractLoader();
    LoadedContract before =
        loader.load(EXAMPLE.resolve("customer.contract.yaml")).contract().orElseThrow();
    LoadResult after = loader.load(dir.resolve("customer.contract.yaml"));
    assertThat(after.problems()).filteredOn(p -> p.isError()).isEmpty();
    LoadedContract now = after.contract().orElseThrow();
    var changes =
        ContractColumnChanges.between(
            before, now, new ContractDiffer().diff(before.contract(), now.contract()));
    assertThat(changes)
        .extracting(ColumnChange::column)
        .containsExactlyInAnyOrder("phone", "country", "email");
    assertThat(changes)
        .filteredOn(c -> c.column().equals("phone"))
        .extracting(ColumnChange::reason)
        .containsExactly("column removed");
    assertThat(changes)
        .filteredOn(c -> c.column().equals("country"))
        .extracting(ColumnChange::reason)
        .singleElement()
        .asString()
        .startsWith("column type changed");
    assertThat(changes)
        .filteredOn(c -> c.column().equals("email"))
        .extracting(ColumnChange::reason)
        .containsExactly("PII_FIELD_REMOVED");
  }
}
