package org.pactum.checks.run;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.testsupport.DuckDbDataSource;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class DuckDbQuantileDriftTest extends QuantileDriftContractTest {
  private final DuckDbDataSource duck = new DuckDbDataSource();

  DuckDbQuantileDriftTest(TestDatabase db) {
    super(db);
  }

  @AfterEach
  void closeDuck() throws Exception {
    duck.close();
  }

  @Override
  DataSource warehouse() {
    return duck;
  }

  @Override
  void sql(String statement) {
    duck.execute(statement);
  }

  @Override
  String quantileFunction() {
    return "quantile_disc(x, [";
  }
}
