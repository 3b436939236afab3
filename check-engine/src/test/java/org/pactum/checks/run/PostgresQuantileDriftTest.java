package org.pactum.checks.run;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class PostgresQuantileDriftTest extends QuantileDriftContractTest {
  private final TestDatabase db;

  PostgresQuantileDriftTest(TestDatabase db) {
    super(db);
    this.db = db;
  }

  @Override
  DataSource warehouse() {
    return db.dataSource();
  }

  @Override
  void sql(String statement) {
    db.execute(statement);
  }

  @Override
  String quantileFunction() {
    return "percentile_disc(array[";
  }
}
