package org.pactum.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

  @Test
  void restartOnTheSameDirectoryKeepsDataAndDatabases(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("pg");
    try (EmbeddedPostgresServer first =
        EmbeddedPostgresServer.start(data, 0, List.of("pactum", "warehouse"))) {
      try (Connection c = first.connection("warehouse").simpleDataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create table kept (v text)");
        s.execute("insert into kept values ('survives a restart')");
      }
    }

    try (EmbeddedPostgresServer second =
            EmbeddedPostgresServer.start(data, 0, List.of("pactum", "warehouse"));
        Connection c = second.connection("warehouse").simpleDataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select v from kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("survives a restart");
    }
  }

  @Test
  void aDataDirectoryThatIsAFileIsAClearError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

    assertThatThrownBy(() -> EmbeddedPostgresServer.start(file, 0, List.of("pactum")))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("database.embedded.dataDirectory");
  }

  @Test
  void aPortInUseIsAClearError(@TempDir Path dir) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThatThrownBy(
              () -> EmbeddedPostgresServer.start(dir.resolve("pg"), port, List.of("pactum")))
          .isInstanceOf(StartupException.class)
          .hasMessageContaining("port " + port + " ")
          .hasMessageContaining("in use");
    }
  }

  @Test
  void aSecondServerOnADirectoryInUseIsAClearError(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("pg");
    try (EmbeddedPostgresServer running =
        EmbeddedPostgresServer.start(data, 0, List.of("pactum"))) {
      assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0, List.of("pactum")))
          .isInstanceOf(StartupException.class)
          .hasMessageContaining(data.toString())
          .hasMessageContaining("another Pactum");
      assertThat(running.port()).isPositive();
    }
  }

  @Test
  void databaseNamesMustBePlainIdentifiers() {
    assertThat(EmbeddedPostgresServer.quoteIdentifier("warehouse")).isEqualTo("\"warehouse\"");
    assertThatThrownBy(() -> EmbeddedPostgresServer.quoteIdentifier("x\"; drop"))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("letters, digits and underscores");
  }
}
