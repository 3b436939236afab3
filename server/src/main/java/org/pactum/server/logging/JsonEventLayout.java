package org.pactum.server.logging;

import net.logstash.logback.composite.loggingevent.ArgumentsJsonProvider;
import net.logstash.logback.composite.loggingevent.KeyValuePairsJsonProvider;
import net.logstash.logback.composite.loggingevent.LogLevelJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggerNameJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggingEventFormattedTimestampJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggingEventJsonProviders;
import net.logstash.logback.composite.loggingevent.LoggingEventThreadNameJsonProvider;
import net.logstash.logback.composite.loggingevent.MdcJsonProvider;
import net.logstash.logback.composite.loggingevent.MessageJsonProvider;
import net.logstash.logback.composite.loggingevent.StackTraceJsonProvider;
import net.logstash.logback.decorate.EscapeNonAsciiJsonFactoryDecorator;
import net.logstash.logback.layout.LoggingEventCompositeJsonLayout;

/**
 * Each application event as one line of JSON: {@code timestamp} (ISO-8601 to the millisecond, UTC
 * unless {@link #setTimeZone} says otherwise), {@code level}, {@code logger}, {@code thread},
 * {@code message}, then the MDC entries, the event's key-value pairs (SLF4J's {@code addKeyValue})
 * and structured arguments as fields of their own (numbers and booleans as such, anything else as
 * its {@code toString()}: {@link ScalarValuesDecorator}), and {@code exception} (the stack trace as
 * one string) when there is one. Control characters and line breaks in any value are JSON-escaped
 * by the encoder, and so is every non-ASCII character, so a line stays one line in any terminal.
 * Dropwizard builds it through {@link JsonEventLayoutFactory}; the CLI's {@code logback.xml} names
 * this class.
 */
public class JsonEventLayout extends LoggingEventCompositeJsonLayout {
  /** ISO-8601 to the millisecond, {@code Z} in UTC: {@code 2026-01-02T03:04:05.678Z}. */
  static final String TIMESTAMP_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

  private final LoggingEventFormattedTimestampJsonProvider timestamp =
      new LoggingEventFormattedTimestampJsonProvider();

  public JsonEventLayout() {
    LoggingEventJsonProviders providers = new LoggingEventJsonProviders();
    timestamp.setFieldName("timestamp");
    timestamp.setPattern(TIMESTAMP_PATTERN);
    timestamp.setTimeZone("UTC");
    providers.addTimestamp(timestamp);
    LogLevelJsonProvider level = new LogLevelJsonProvider();
    level.setFieldName("level");
    providers.addLogLevel(level);
    LoggerNameJsonProvider logger = new LoggerNameJsonProvider();
    logger.setFieldName("logger");
    providers.addLoggerName(logger);
    LoggingEventThreadNameJsonProvider thread = new LoggingEventThreadNameJsonProvider();
    thread.setFieldName("thread");
    providers.addThreadName(thread);
    MessageJsonProvider message = new MessageJsonProvider();
    message.setFieldName("message");
    providers.addMessage(message);
    providers.addMdc(new MdcJsonProvider());
    providers.addKeyValuePairs(new KeyValuePairsJsonProvider());
    ArgumentsJsonProvider arguments = new ArgumentsJsonProvider();
    arguments.setIncludeNonStructuredArguments(false);
    providers.addArguments(arguments);
    StackTraceJsonProvider exception = new StackTraceJsonProvider();
    exception.setFieldName("exception");
    providers.addStackTrace(exception);
    setProviders(providers);
    setJsonFactoryDecorator(new EscapeNonAsciiJsonFactoryDecorator());
    setJsonGeneratorDecorator(new ScalarValuesDecorator());
    setLineSeparator("UNIX");
  }

  /** The zone of {@code timestamp}: an id such as {@code UTC} or {@code Europe/Paris}. */
  public void setTimeZone(String zoneId) {
    timestamp.setTimeZone(zoneId);
  }
}
