package org.pactum.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.parse.ContractParser;
import org.pactum.streams.core.validate.RecordChecks;

class SerializerCostTest {

  @Test
  void theRatioIsMeanPactumOverMeanPlainAndEachRoundHasItsOwn() {
    SerializerCost cost =
        new SerializerCost(List.of(1_000_000.0, 1_200_000.0), List.of(900_000.0, 840_000.0));

    assertThat(cost.ratio()).isCloseTo(1_740_000.0 / 2_200_000.0, within(1e-9));
    assertThat(cost.perRound()).containsExactly(0.9, 0.7);
  }

  @Test
  void theTargetIsEightyPercentOfThePlainThroughput() {
    assertThat(new SerializerCost(List.of(1_000.0), List.of(800.0)).met()).isTrue();
    assertThat(new SerializerCost(List.of(1_000.0), List.of(799.0)).met()).isFalse();
  }

  @Test
  void everyRoundPairsAPlainFigureWithAPactumFigure() {
    assertThatThrownBy(() -> new SerializerCost(List.of(1.0, 2.0), List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SerializerCost(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReportStatesBothSidesTheRatioTheVerdictAndTheHeap() {
    String text =
        SerializerBench.report(
            new SerializerCost(List.of(1_000_000.0), List.of(850_000.0)),
            200_000,
            1,
            8,
            300,
            420,
            10 * 1024 * 1024,
            40 * 1024 * 1024,
            11 * 1024 * 1024,
            0);

    assertThat(text)
        .contains("plain Avro      1,000,000 records/s per core     300 B allocated/record")
        .contains("PactumAvro        850,000 records/s per core     420 B allocated/record")
        .contains("Pactum / plain: 0.850 (per round: 0.850); target ≥ 0.80: MET")
        .contains("10,240 KiB before, peak 40,960 KiB during, 11,264 KiB after")
        .contains("registry calls while measuring: 0");
  }

  @Test
  void theGeneratedOrdersAreValidUnderTheOrdersContract() throws Exception {
    Path dir = Path.of("../contracts/examples/orders");
    Schema schema = new Schema.Parser().parse(Files.readString(dir.resolve("order_placed.avsc")));
    DataContract contract =
        new ContractParser()
            .parse(
                Path.of("c.contract.yaml"),
                Files.readString(dir.resolve("order_placed.contract.yaml")))
            .contract()
            .orElseThrow();
    RecordChecks checks = new RecordChecks(contract);

    // the bench measures the cost of checks that pass: a failing order would throw
    assertThat(SerializerBench.orders(schema, 2_000))
        .allSatisfy(o -> assertThat(checks.evaluate(o).enforced()).isEmpty());
  }
}
