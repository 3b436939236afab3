package org.pactum.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** A broken store answers 500 with 50001 and no SQL; the cause goes to the log. */
@ExtendWith({PostgresExtension.class, DropwizardExtensionsSupport.class})
class StoreFailureResourceTest {
  static final RegistryApi API = new RegistryApi();
  static final ResourceExtension RESOURCES = API.resources;

  @BeforeAll
  static void connectToADatabaseMissingATable(TestDatabase db) {
    API.connect(db);
    db.execute("drop table registry.subject_config");
  }

  @Test
  void storeErrorIs50001WithoutSqlText() {
    Response r = API.get("/config");
    assertThat(r.getStatus()).isEqualTo(500);
    assertThat(r.readEntity(String.class))
        .isEqualTo("{\"error_code\":50001,\"message\":\"Error in the backend data store\"}");
  }
}
