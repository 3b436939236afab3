package org.pactum.lineage.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.pactum.lineage.LineageBundle;
import org.pactum.lineage.erasure.ErasureBundle;

/**
 * The lineage and erasure APIs' Jersey-error mappers share one body: with both APIs' components in
 * one application each answers under its own paths, and with one API alone the other's paths are
 * left to Dropwizard. No request here reaches a resource, so no runtime is needed.
 */
class JerseyErrorMapperTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static class BothApis extends Application<Configuration> {
    @Override
    public void run(Configuration configuration, Environment environment) {
      LineageBundle.components(JerseyErrorMapperTest::noRuntime)
          .forEach(environment.jersey()::register);
      ErasureBundle.components(JerseyErrorMapperTest::noRuntime, Clock.systemUTC())
          .forEach(environment.jersey()::register);
    }
  }

  public static class ErasureOnly extends Application<Configuration> {
    @Override
    public void run(Configuration configuration, Environment environment) {
      ErasureBundle.components(JerseyErrorMapperTest::noRuntime, Clock.systemUTC())
          .forEach(environment.jersey()::register);
    }
  }

  private static <T> T noRuntime() {
    throw new AssertionError("a Jersey error must not reach a resource");
  }

  @Test
  void bothApisInOneApplicationEachAnswerUnderTheirOwnPaths() throws Exception {
    DropwizardTestSupport<Configuration> app = start(BothApis.class);
    try {
      HttpResponse<String> r = assertNotAllowed(app, "api/v1/lineage/sql");
      assertThat(r.headers().firstValue("Allow"))
          .hasValueSatisfying(a -> assertThat(a).contains("POST"));
      assertNotAllowed(app, "api/v1/erasure-requests");
      assertNoSuchResource(app, "api/v1/lineage/nothing-here");
      assertNoSuchResource(app, "api/v1/erasure-sweeps/x/y/z");
      assertDeclined(send(app, "GET", "api/v1/elsewhere"));
    } finally {
      app.after();
    }
  }

  @Test
  void oneApiAloneLeavesTheOthersPathsToDropwizard() throws Exception {
    DropwizardTestSupport<Configuration> app = start(ErasureOnly.class);
    try {
      assertNotAllowed(app, "api/v1/erasure-requests");
      assertDeclined(send(app, "GET", "api/v1/lineage/nothing-here"));
    } finally {
      app.after();
    }
  }

  /** DELETE on a path without it: Pactum's 405. */
  private static HttpResponse<String> assertNotAllowed(
      DropwizardTestSupport<Configuration> app, String path) throws Exception {
    HttpResponse<String> r = send(app, "DELETE", path);
    assertError(r, 405, 40500, "method not allowed on " + path);
    return r;
  }

  private static void assertNoSuchResource(DropwizardTestSupport<Configuration> app, String path)
      throws Exception {
    assertError(send(app, "GET", path), 404, 40400, "no such resource: " + path);
  }

  private static DropwizardTestSupport<Configuration> start(
      Class<? extends Application<Configuration>> type) throws Exception {
    Configuration config = new Configuration();
    DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
    ((HttpConnectorFactory) server.getApplicationConnectors().get(0)).setPort(0);
    ((HttpConnectorFactory) server.getAdminConnectors().get(0)).setPort(0);
    DropwizardTestSupport<Configuration> app = new DropwizardTestSupport<>(type, config);
    app.before();
    return app;
  }

  private static HttpResponse<String> send(
      DropwizardTestSupport<Configuration> app, String method, String path) throws Exception {
    URI uri = URI.create("http://localhost:" + app.getLocalPort() + "/" + path);
    return HTTP.send(
        HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertError(HttpResponse<String> r, int status, int errorCode, String message)
      throws Exception {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("error_code").asInt()).isEqualTo(errorCode);
    assertThat(body.path("message").asText()).isEqualTo(message);
  }

  /** Dropwizard's own 404 body ({@code {"code": 404, …}}), not Pactum's. */
  private static void assertDeclined(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).isEqualTo(404);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.has("error_code")).isFalse();
    assertThat(body.path("code").asInt()).isEqualTo(404);
  }
}
