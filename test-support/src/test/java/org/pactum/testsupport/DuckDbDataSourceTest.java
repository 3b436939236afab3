package org.pactum.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class DuckDbDataSourceTest {

  @Test
  void connectionsShareOneInMemoryDatabase() throws SQLException {
    try (DuckDbDataSource ds = new DuckDbDataSource()) {
      ds.execute("create table t (id integer)");
      try (Connection a = ds.getConnection();
          Statement s = a.createStatement()) {
        s.execute("insert into t values (1), (2)");
      }
      try (Connection b = ds.getConnection("ignored", "ignored");
          Statement s = b.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from t")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(2);
      }
    }
  }

  @Test
  void eachDataSourceIsItsOwnDatabase() throws SQLException {
    try (DuckDbDataSource first = new DuckDbDataSource();
        DuckDbDataSource second = new DuckDbDataSource()) {
      first.execute("create table only_here (id integer)");
      assertThatThrownBy(() -> second.execute("select * from only_here"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("test SQL failed: select * from only_here")
          .hasCauseInstanceOf(SQLException.class);
    }
  }

  @Test
  void closingTheDataSourceEndsTheDatabase() throws SQLException {
    DuckDbDataSource ds = new DuckDbDataSource();
    ds.execute("create table t (id integer)");
    ds.close();
    assertThatThrownBy(ds::getConnection).isInstanceOf(SQLException.class);
  }

  @Test
  void isNotAWrapper() throws SQLException {
    try (DuckDbDataSource ds = new DuckDbDataSource()) {
      assertThat(ds.isWrapperFor(DuckDbDataSource.class)).isFalse();
      assertThatThrownBy(() -> ds.unwrap(DuckDbDataSource.class)).isInstanceOf(SQLException.class);
    }
  }
}
