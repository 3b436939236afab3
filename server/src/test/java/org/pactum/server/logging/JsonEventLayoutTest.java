package org.pactum.server.logging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.logstash.logback.argument.StructuredArguments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whatever a logged value holds, an event is one line of JSON that keeps the value intact. */
class JsonEventLayoutTest {
  /** A line break, a carriage return, a NUL, an ANSI colour and a whole fake log line. */
  static final String FORGED = "x\n12:00:00.000 ERROR Fake forged line\r\u0000\u001b[31mred";

  private final ObjectMapper json = new ObjectMapper();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final LoggerContext context = new LoggerContext();
  private Logger logger;

  @BeforeEach
  void logToMemory() {
    context.setMDCAdapter(new LogbackMDCAdapter());
    JsonEventLayout layout = new JsonEventLayout();
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(out);
    appender.start();
    logger = context.getLogger("org.pactum.test.Forgery");
    logger.addAppender(appender);
  }

  @AfterEach
  void stop() {
    context.stop();
  }

  @Test
  void aForgedLineInAMessageAndAFieldStaysInsideThemOnOneLine() throws Exception {
    logger
        .atError()
        .addKeyValue("event", "job_seen")
        .addKeyValue("job", FORGED)
        .log("seen {}", FORGED);

    JsonNode event = onlyLine();
    assertThat(event.get("job").asText()).isEqualTo(FORGED);
    assertThat(event.get("message").asText()).isEqualTo("seen " + FORGED);
    assertThat(event.get("event").asText()).isEqualTo("job_seen");
    assertThat(event.get("level").asText()).isEqualTo("ERROR");
    assertThat(event.get("logger").asText()).isEqualTo("org.pactum.test.Forgery");
    assertThat(event.get("thread").asText()).isEqualTo(Thread.currentThread().getName());
    String timestamp = event.get("timestamp").asText();
    assertThat(timestamp).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(OffsetDateTime.parse(timestamp).getOffset()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void anExceptionIsOneFieldOfTheSameLine() throws Exception {
    logger
        .atWarn()
        .addKeyValue("event", "job_failed")
        .setCause(new IllegalStateException(FORGED))
        .log("failed");

    JsonNode event = onlyLine();
    assertThat(event.get("exception").asText())
        .startsWith("java.lang.IllegalStateException: " + FORGED)
        .contains("at org.pactum.server.logging.JsonEventLayoutTest");
  }

  @Test
  void structuredArgumentsAndMdcEntriesAreFieldsToo() throws Exception {
    context.getMDCAdapter().put("request_id", "r-" + FORGED);
    try {
      logger.info("loaded {}", StructuredArguments.kv("contract", FORGED));
    } finally {
      context.getMDCAdapter().clear();
    }

    JsonNode event = onlyLine();
    assertThat(event.get("contract").asText()).isEqualTo(FORGED);
    assertThat(event.get("request_id").asText()).isEqualTo("r-" + FORGED);
    assertThat(event.get("message").asText()).isEqualTo("loaded contract=" + FORGED);
  }

  @Test
  void nonAsciiIsEscapedSoNoTerminalControlOrDirectionCharacterIsWrittenRaw() throws Exception {
    String sneaky = "café \u009b31m \u202eevil\u2028next";
    logger.atInfo().addKeyValue("name", sneaky).log("x");

    JsonNode event = onlyLine();
    assertThat(event.get("name").asText()).isEqualTo(sneaky);
  }

  @Test
  void valuesAreScalarsNeverAnObjectsProperties() throws Exception {
    record Credentials(String user, String password) {
      @Override
      public String toString() {
        return user + ":***";
      }
    }
    logger
        .atInfo()
        .addKeyValue("rows", 42L)
        .addKeyValue("ok", true)
        .addKeyValue("at", Instant.parse("2026-01-02T03:04:05.678Z"))
        .addKeyValue("file", Path.of("contracts", "orders.contract.yaml"))
        .addKeyValue("login", new Credentials("pactum", "hunter2"))
        .log("values");

    JsonNode event = onlyLine();
    assertThat(event.get("rows").isNumber()).isTrue();
    assertThat(event.get("rows").asLong()).isEqualTo(42L);
    assertThat(event.get("ok").isBoolean()).isTrue();
    assertThat(event.get("at").asText()).isEqualTo("2026-01-02T03:04:05.678Z");
    assertThat(event.get("file").asText())
        .isEqualTo(Path.of("contracts", "orders.contract.yaml").toString());
    assertThat(event.get("login").asText()).isEqualTo("pactum:***");
    assertThat(out.toString(UTF_8)).doesNotContain("hunter2");
  }

  /** Asserts the output is one line of printable ASCII and parses it. */
  private JsonNode onlyLine() throws Exception {
    String text = out.toString(UTF_8);
    assertThat(text).endsWith("\n");
    String line = text.substring(0, text.length() - 1);
    assertThat(line).matches("\\{[\\x20-\\x7e]*}");
    return json.readTree(line);
  }
}
