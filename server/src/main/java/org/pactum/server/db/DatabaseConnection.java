package org.pactum.server.db;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** How to reach one PostgreSQL database. The password never appears in {@link #toString()}. */
public record DatabaseConnection(String url, String user, String password) {

  /** An unpooled data source, for migrations and administrative work. */
  public DataSource simpleDataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(user);
    if (password != null && !password.isEmpty()) {
      ds.setPassword(password);
    }
    return ds;
  }

  @Override
  public String toString() {
    return "DatabaseConnection[url=" + url + ", user=" + user + "]";
  }
}
