package org.pactum.server.db;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pactum.server.config.DatabaseConfig;
import org.pactum.server.config.EmbeddedPostgresConfig;
import org.pactum.server.config.PactumHome;

/**
 * Pactum's own database as configured: the external server named by {@code database.url}, or the
 * embedded PostgreSQL started here.
 */
public record PactumDatabase(
    DatabaseConnection connection, Optional<EmbeddedPostgresServer> embedded) {

  public static PactumDatabase open(DatabaseConfig config, PactumHome home) {
    if (!config.isEmbedded()) {
      if (!config.getUrl().startsWith("jdbc:postgresql:")) {
        throw new StartupException(
            "database.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
      }
      return new PactumDatabase(
          new DatabaseConnection(config.getUrl(), config.getUser(), config.getPassword()),
          Optional.empty());
    }
    EmbeddedPostgresConfig embedded = config.getEmbedded();
    List<String> databases = new ArrayList<>();
    databases.add(embedded.getDatabase());
    databases.addAll(embedded.getExtraDatabases());
    EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(
            home.resolve(embedded.getDataDirectory()), embedded.getPort(), databases);
    return new PactumDatabase(server.connection(embedded.getDatabase()), Optional.of(server));
  }

  /** Stops the embedded server, if this process started one. */
  public void close() throws IOException {
    if (embedded.isPresent()) {
      embedded.get().close();
    }
  }
}
