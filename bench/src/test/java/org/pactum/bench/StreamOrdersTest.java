package org.pactum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.model.DataContract;
import org.pactum.registry.RegistryConfig;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.SchemaSubmission;
import org.pactum.registry.store.JdbiRegistryStore;
import org.pactum.streams.core.Reason;
import org.pactum.streams.core.Verdict;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.registry.RegistrySchemaSource;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * {@link StreamValidatorBench}'s data, judged by the real validator (no timing): every record
 * decodes, exactly one in {@value StreamOrders#BAD_EVERY} is rejected, each for one check of the
 * contract (an amount out of range) or tolerated (a currency not accepted, {@code mostly: 0.999}),
 * and a seed always gives the same records.
 */
@ExtendWith(PostgresExtension.class)
class StreamOrdersTest {
  private static final Path ORDERS = Path.of("../contracts/examples/orders");

  @Test
  void oneOrderInAHundredBreaksACheckAndTheRestPass(TestDatabase db) throws Exception {
    DataContract contract =
        new ContractLoader()
            .load(ORDERS.resolve("order_placed.contract.yaml"))
            .contract()
            .orElseThrow()
            .contract();
    String text = Files.readString(ORDERS.resolve("order_placed.avsc"));
    SchemaRegistry registry =
        new SchemaRegistry(
            new JdbiRegistryStore(
                Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin())),
            CompatibilityChecker.standard(),
            new RegistryConfig().toSettings());
    int id = registry.register(contract.id(), SchemaSubmission.of(text, "AVRO")).id();
    RecordValidator validator = new RecordValidator(contract, new RegistrySchemaSource(registry));
    StreamOrders orders = new StreamOrders(new Schema.Parser().parse(text), id, 7);
    int rejected = 0;
    int tolerated = 0;
    List<String> checks = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Verdict v = validator.validate("k".getBytes(), orders.next());
      if (v instanceof Verdict.Rejected r) {
        rejected++;
        r.reasons().stream().map(Reason::check).forEach(checks::add);
      } else if (!((Verdict.Valid) v).tolerated().isEmpty()) {
        tolerated++;
      }
    }
    assertThat(rejected + tolerated).isEqualTo(1000 / StreamOrders.BAD_EVERY);
    assertThat(rejected).isPositive();
    assertThat(checks).containsOnly("range(amount)");

    StreamOrders again = new StreamOrders(new Schema.Parser().parse(text), id, 7);
    StreamOrders same = new StreamOrders(new Schema.Parser().parse(text), id, 7);
    assertThat(again.next()).isEqualTo(same.next());
  }
}
