package org.pactum.checks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatasetKeyTest {
  @Test
  void writesDatasourceColonTable() {
    assertThat(new DatasetKey("warehouse", "public.orders")).hasToString("warehouse:public.orders");
  }

  @Test
  void parsesWhatItWrites() {
    DatasetKey key = DatasetKey.parse("warehouse:public.orders");
    assertThat(key.datasource()).isEqualTo("warehouse");
    assertThat(key.table()).isEqualTo("public.orders");
    assertThat(DatasetKey.parse(key.toString())).isEqualTo(key);
  }

  @Test
  void aTableMayHoldAColon() {
    assertThat(DatasetKey.parse("lake:s3:a").table()).isEqualTo("s3:a");
  }

  @Test
  void refusesTextWithoutAColon() {
    assertThatThrownBy(() -> DatasetKey.parse("orders"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
