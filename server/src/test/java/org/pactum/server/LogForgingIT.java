package org.pactum.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
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
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.logging.JsonEventLayoutFactory;
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

  /**
   * What the server writes, line by line, while {@code step} runs: its request log on System.out,
   * and its events through the layout the config's {@code logging:} section names (attached
   * synchronously to the root logger, so no asynchronous console queue can lose or hold an event).
   */
  private List<String> consoleWhile(Step step) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, UTF_8);
    System.setOut(capture);
    DropwizardTestSupport<PactumConfiguration> app =
        PactumTestServer.create(
            work.resolve("pg"),
            PactumTestServer.EXAMPLES,
            ConfigOverride.config("logging.level", "INFO"));
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    OutputStreamAppender<ILoggingEvent> events = new OutputStreamAppender<>();
    try {
      app.before();
      DefaultLoggingFactory logging =
          (DefaultLoggingFactory) app.getConfiguration().getLoggingFactory();
      AbstractAppenderFactory<ILoggingEvent> console =
          (AbstractAppenderFactory<ILoggingEvent>) logging.getAppenders().get(0);
      assertThat(console.getLayout())
          .as("pactum.yml's console layout")
          .isInstanceOf(JsonEventLayoutFactory.class);
      LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
      encoder.setContext(context);
      encoder.setLayout(
          ((JsonEventLayoutFactory) console.getLayout())
              .build(context, TimeZone.getTimeZone("UTC")));
      encoder.start();
      events.setContext(context);
      events.setEncoder(encoder);
      events.setOutputStream(capture);
      events.start();
      context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(events);
      context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
      captured.reset(); // what start-up wrote is not this test's
      step.run(app);
      // the request log is written once the answer is sent, on its own thread
      for (int i = 0; i < 100 && !captured.toString(UTF_8).contains("\"http.request\""); i++) {
        Thread.sleep(50);
      }
    } finally {
      context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(events);
      events.stop();
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
