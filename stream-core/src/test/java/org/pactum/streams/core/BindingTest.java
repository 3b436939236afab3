package org.pactum.streams.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.parse.ContractParser;

class BindingTest {
  private static DataContract parse(String kafka) {
    return new ContractParser()
        .parse(
            Path.of("c.contract.yaml"),
            """
            apiVersion: pactum/v1
            kind: DataContract
            id: orders.order_placed
            version: 1.0.0
            owner: {team: checkout}
            schema: {format: avro, file: o.avsc}
            """
                + kafka)
        .contract()
        .orElseThrow();
  }

  @Test
  void aContractsKafkaSectionIsItsBinding() {
    assertThat(Binding.of(parse("kafka: {input: o, valid: o.valid, dead_letter: o.dlq}\n")))
        .contains(new Binding("orders.order_placed", "o", "o.valid", "o.dlq"));
  }

  @Test
  void aContractWithoutKafkaSectionHasNoBinding() {
    assertThat(Binding.of(parse(""))).isEmpty();
  }

  @Test
  void theThreeTopicsMustDiffer() {
    assertThatThrownBy(() -> new Binding("c", "t", "t", "t.dlq"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must differ");
  }
}
