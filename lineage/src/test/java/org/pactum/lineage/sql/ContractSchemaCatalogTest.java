package org.pactum.lineage.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadReport;
import org.pactum.lineage.core.ContractDatasets;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.SqlLineageResult;

class ContractSchemaCatalogTest {
  static List<org.pactum.contracts.LoadedContract> examples() throws Exception {
    LoadReport report = new ContractLoader().loadAll(List.of(Path.of("../contracts/examples")));
    return report.contracts();
  }

  @Test
  void tablesWithAContractHaveItsSchemaColumns() throws Exception {
    var contracts = examples();
    ContractSchemaCatalog catalog =
        new ContractSchemaCatalog(() -> contracts, new ContractDatasets("public"));
    assertThat(catalog.columns(new DatasetRef("warehouse", "public.orders")).orElseThrow())
        .startsWith("order_id", "customer_id")
        .contains("amount", "email");
    assertThat(catalog.columns(new DatasetRef("other", "public.orders"))).isEmpty();
    assertThat(catalog.columns(new DatasetRef("warehouse", "public.nothing"))).isEmpty();

    SqlLineageResult r =
        new SqlLineageAnalyzer(catalog, "public")
            .analyze("create table marketing.audience as select * from crm.customers", "warehouse");
    assertThat(r.problems()).isEmpty();
    assertThat(r.edges()).isNotEmpty();
  }
}
