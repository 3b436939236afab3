package org.pactum.lineage.erasure.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.lineage.erasure.core.AuditEvent;
import org.pactum.lineage.erasure.core.ChainVerification;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** The audit chain on the real migrations (tampering: {@link AuditTamperingTest}). */
@ExtendWith(PostgresExtension.class)
class JdbiAuditLogDaoTest {
  private final TestDatabase db;
  private final Jdbi jdbi;
  private final JdbiAuditLog log;

  JdbiAuditLogDaoTest(TestDatabase db) {
    this.db = db;
    this.jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    this.log = new JdbiAuditLog(jdbi, Clock.systemUTC());
  }

  @Test
  void appendsLinkEachEventToThePreviousAndVerify() {
    UUID request = UUID.randomUUID();
    AuditEvent a = log.append(request, "request_received", Map.of("subject_hmac", "ab", "n", 3));
    AuditEvent b = log.append(request, "plan_made", Map.of("datasets", List.of(Map.of("x", 1))));
    AuditEvent c = log.append(null, "sweep_completed", Map.of("reappearances", 0));

    assertThat(b.prevHash()).isEqualTo(a.hash());
    assertThat(c.prevHash()).isEqualTo(b.hash());
    assertThat(b.seq()).isEqualTo(a.seq() + 1);
    assertThat(log.forRequest(request)).containsExactly(a, b);
    ChainVerification v = log.verify();
    assertThat(v.valid()).isTrue();
    assertThat(v.events()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void concurrentAppendsKeepTheChainLinear() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AuditEvent>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        futures.add(pool.submit(() -> log.append(UUID.randomUUID(), "t", Map.of("i", n))));
      }
      for (Future<AuditEvent> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(log.verify().valid()).isTrue();
  }

  @Test
  void theTableRejectsUpdateDeleteAndTruncate() {
    log.append(UUID.randomUUID(), "t", Map.of());
    for (String sql :
        List.of(
            "update privacy.audit_event set event_type = 'x'",
            "delete from privacy.audit_event",
            "truncate privacy.audit_event")) {
      assertThatThrownBy(() -> exec(sql))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("P0001"))
          .hasMessageContaining("append-only");
    }
    assertThat(log.verify().valid()).isTrue();
  }

  private void exec(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
