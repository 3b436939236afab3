package org.pactum.bench.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The reconciliation sweep's scans without the HMAC: every key fetched to the client. */
final class SweepBaseline {
  private SweepBaseline() {}

  /** Fetches every table's non-null keys in batches of 10,000; the number of keys fetched. */
  static long fetchKeys(DataSource pool, int datasets) throws SQLException {
    long n = 0;
    for (int t = 0; t < datasets; t++) {
      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement s =
            c.prepareStatement(
                "select cast(customer_id as text) from wh.t%02d where customer_id is not null"
                    .formatted(t))) {
          s.setFetchSize(10_000);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              if (rs.getString(1) != null) {
                n++;
              }
            }
          }
        }
        c.rollback();
        c.setAutoCommit(true);
      }
    }
    return n;
  }
}
