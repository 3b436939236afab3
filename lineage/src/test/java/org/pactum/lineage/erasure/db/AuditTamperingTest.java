package org.pactum.lineage.erasure.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.lineage.erasure.core.AuditEvent;
import org.pactum.lineage.erasure.core.ChainVerification;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * Tampering as a superuser who disables the append-only trigger is caught by re-walking the chain,
 * which names the first broken link. (A database of its own: the chain stays broken.)
 */
@ExtendWith(PostgresExtension.class)
class AuditTamperingTest {
  private final TestDatabase db;
  private final JdbiAuditLog log;

  AuditTamperingTest(TestDatabase db) {
    this.db = db;
    this.log =
        new JdbiAuditLog(
            Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin()), Clock.systemUTC());
  }

  @Test
  void aRowChangedBehindTheTriggersBackIsNamed() throws SQLException {
    UUID request = UUID.randomUUID();
    log.append(request, "a", Map.of("rows", 1));
    AuditEvent victim = log.append(request, "b", Map.of("rows", 2));
    log.append(request, "c", Map.of("rows", 3));
    log.append(request, "d", Map.of("rows", 4));
    assertThat(log.verify().valid()).isTrue();

    exec("alter table privacy.audit_event disable trigger audit_event_append_only");
    try {
      exec("update privacy.audit_event set detail = '{\"rows\": 0}' where seq = " + victim.seq());
    } finally {
      exec("alter table privacy.audit_event enable trigger audit_event_append_only");
    }

    ChainVerification v = log.verify();
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(victim.seq());
    assertThat(v.problem()).contains("hash does not match");
    assertThat(v.events()).isEqualTo(victim.seq());
  }

  private void exec(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
