package org.pactum.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own for one test class, on the shared embedded PostgreSQL, with every module's
 * real migrations already applied.
 */
public record TestDatabase(String name, String host, int port, String user, String password) {

  /** The JDBC URL of this database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  /** A fresh, unpooled data source (cheap; tests may create as many as they like). */
  public DataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {host});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName(name);
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }

  /** Runs one SQL statement, for test set-up. */
  public void execute(String sql) {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test SQL failed: " + sql, e);
    }
  }
}
