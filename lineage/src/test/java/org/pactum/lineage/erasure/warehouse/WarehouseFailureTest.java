package org.pactum.lineage.erasure.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.pactum.warehouse.FailureKind;

/** The SQLState classification that decides retries, and descriptions free of driver text. */
class WarehouseFailureTest {
  @Test
  void onlyTransientSqlStatesAreRetried() {
    for (String transientState :
        new String[] {"08001", "08006", "40001", "40P01", "57014", "55P03"}) {
      assertThat(WarehouseFailure.of(new SQLException("x", transientState)).kind().isTransient())
          .as(transientState)
          .isTrue();
    }
    assertThat(WarehouseFailure.of(new SQLException("no state")).kind().isTransient()).isTrue();
    for (String permanent : new String[] {"42P01", "42703", "22P02", "25006", "23505", "42501"}) {
      assertThat(WarehouseFailure.of(new SQLException("x", permanent)).kind().isTransient())
          .as(permanent)
          .isFalse();
    }
  }

  @Test
  void failureDescriptionsNeverCarryTheDriversText() {
    WarehouseFailure failure =
        WarehouseFailure.of(
            new SQLException("invalid input syntax for type bigint: \"cust-ZQX-1\"", "22P02"));
    assertThat(failure.description())
        .isEqualTo("SQLState 22P02: the subject id is not a valid value of the key column's type")
        .doesNotContain("ZQX");
    assertThat(failure.getMessage()).doesNotContain("ZQX");
    assertThat(failure.getCause()).isNull();
  }

  @Test
  void anUnknownDatasourceIsAConnectionFailure() {
    WarehouseFailure failure = WarehouseFailure.unknownDatasource();
    assertThat(failure.kind()).isEqualTo(FailureKind.CONNECTION);
    assertThat(failure.description()).isEqualTo("SQLState 08000: cannot connect to the datasource");
  }
}
