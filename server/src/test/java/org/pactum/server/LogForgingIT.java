package org.pactum.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.logging.common.LoggingFactory;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The built-in logging configuration (pactum.yml's {@code logging:} and {@code requestLog}, on the
 * console) against a forged log line: an OpenLineage job name carrying a line break and a fake
 * {@code ERROR} line is logged inside one JSON line, and every line on the console is JSON, the
 * request log's included.
 */
class LogForgingIT {
  private static final String JOB = "x\n12:00:00.000 ERROR Fake forged line";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void aJobNameWithALineBreakCannotForgeALogLine() throws Exception {
    List<String> lines = consoleWhile(this::postForgedLineage);

    assertThat(lines).noneMatch(l -> l.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}.*"));
    assertThat(lines).noneMatch(l -> l.contains("Fake forged line") && !l.startsWith("{"));
    List<JsonNode> events = new ArrayList<>();
    for (String line : lines) {
      assertThat(line).as("every console line is one JSON object").startsWith("{").endsWith("}");
      events.add(JSON.readTree(line));
    }
    assertThat(events)
        .filteredOn(e -> "lineage_recorded".equals(e.path("event").asText()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("job").asText()).isEqualTo("etl:" + JOB);
              assertThat(e.get("level").asText()).isEqualTo("INFO");
              assertThat(e.get("timestamp").asText()).endsWith("Z");
            });
    assertThat(events)
        .filteredOn(e -> "http.request".equals(e.path("logger").asText()))
        .anySatisfy(
            e -> {
              assertThat(e.get("method").asText()).isEqualTo("POST");
              assertThat(e.get("path").asText()).isEqualTo("/api/v1/lineage");
              assertThat(e.get("status").asInt()).isBetween(200, 299);
            });
  }

  private void postForgedLineage(DropwizardTestSupport<PactumConfiguration> app) throws Exception {
    String body =
        """
        {"eventType": "COMPLETE", "eventTime": "2026-01-02T03:04:05.678Z",
         "producer": "https://example.com/producer",
         "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
         "run": {"runId": "0176a8c2-fe01-7439-87e6-56a1a1b40bbb"},
         "job": {"namespace": "etl", "name": "x\\n12:00:00.000 ERROR Fake forged line"},
         "inputs": [{"namespace": "warehouse", "name": "public.orders"}],
         "outputs": [{"namespace": "warehouse", "name": "mart.forged"}]}
        """;
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + app.getLocalPort() + "/api/v1/lineage"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
  }

  /** What the server writes to System.out, line by line, from start to stop around {@code step}. */
  private List<String> consoleWhile(Step step) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, UTF_8));
    DropwizardTestSupport<PactumConfiguration> app =
        PactumTestServer.create(
            work.resolve("pg"),
            PactumTestServer.EXAMPLES,
            ConfigOverride.config("logging.level", "INFO"),
            // the async console appender drops INFO events when its queue is 80 % full (start-up
            // under load); this test must see every one
            ConfigOverride.config("logging.appenders[0].discardingThreshold", "0"));
    try {
      app.before();
      // the config's logging: section, as `pactum serve` applies it, onto the captured System.out
      // (whatever earlier tests in this JVM did to logback)
      LoggingFactory logging = app.getConfiguration().getLoggingFactory();
      logging.configure(app.getEnvironment().metrics(), "pactum");
      step.run(app);
      logging.stop(); // drains the async console appender into the captured stream
    } finally {
      app.after();
      System.setOut(original);
      restoreTestLogging();
    }
    String text = captured.toString(UTF_8);
    original.print(text);
    return text.lines().filter(l -> !l.isBlank()).toList();
  }

  /** Back to logback.xml for the tests that follow in this JVM. */
  private static void restoreTestLogging() throws JoranException {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    new ContextInitializer(context).autoConfig();
  }

  private interface Step {
    void run(DropwizardTestSupport<PactumConfiguration> app) throws Exception;
  }
}
