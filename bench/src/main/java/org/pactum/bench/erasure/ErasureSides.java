package org.pactum.bench.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.pactum.bench.Progress;
import org.pactum.bench.Seconds;
import org.pactum.contracts.model.DataContract;
import org.pactum.lineage.erasure.ErasureContext;
import org.pactum.lineage.erasure.core.ErasureService;
import org.pactum.lineage.erasure.core.RequestStatus;

/** The two timed sides of an {@link ErasureBench} round, each erasing one subject. */
final class ErasureSides {
  private final ErasureBenchOptions o;
  private final DataSource pool;
  private final ErasureContext runtime;
  private final List<DataContract> contracts;

  ErasureSides(
      ErasureBenchOptions o,
      DataSource pool,
      ErasureContext runtime,
      List<DataContract> contracts) {
    this.o = o;
    this.pool = pool;
    this.runtime = runtime;
    this.contracts = contracts;
  }

  /** Pactum: {@code ErasureService.submit} until the request is COMPLETED; seconds. */
  double pactum(String subject) throws Exception {
    long t0 = System.nanoTime();
    ErasureService.Submitted s =
        runtime.service().submit("customer", subject, "bench", "GDPR art. 17(1)(a)");
    RequestStatus status = s.execution().get(30, TimeUnit.MINUTES);
    double secs = Seconds.since(t0);
    if (status != RequestStatus.COMPLETED) {
      throw new IllegalStateException("the erasure ended " + status);
    }
    int attempts =
        runtime.store().datasets(s.request().requestId()).stream()
            .mapToInt(d -> d.attempts())
            .sum();
    if (attempts != o.datasets()) {
      Progress.print("  (%d attempts for %d datasets: some were retried)", attempts, o.datasets());
    }
    return secs;
  }

  /** The same erasure by hand: one transaction per table, no counting, verifying or audit. */
  double baseline(String subject) throws SQLException {
    long t0 = System.nanoTime();
    long affected = 0;
    for (DataContract dc : contracts) {
      String table = dc.dataset().table();
      boolean delete = dc.pii().fields().containsKey("customer_id");
      String sql =
          delete
              ? "delete from " + table + " where customer_id = ?"
              : "update "
                  + table
                  + " set email = null, name = encode(sha256(convert_to(? || name, 'UTF8')), 'hex'),"
                  + " note = ? where customer_id = ?";
      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement(sql)) {
          int i = 1;
          if (!delete) {
            s.setString(i++, "salt");
            s.setString(i++, "[erased]");
          }
          s.setObject(i, subject, Types.OTHER);
          affected += s.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
      }
    }
    if (affected != (long) o.datasets() * o.subjectRows()) {
      throw new IllegalStateException("the baseline erased " + affected + " rows");
    }
    return Seconds.since(t0);
  }
}
