package org.pactum.alerts.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/** Captures every logback event (all loggers) while open, rendered as text. */
public final class LogCapture implements AutoCloseable {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root;

  public LogCapture() {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    appender.setContext(ctx);
    appender.start();
    root.addAppender(appender);
  }

  /**
   * Each event as one string: logger, message, its key-value pairs ({@code event=… receiver=…}),
   * and any throwable chain.
   */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (ILoggingEvent e : List.copyOf(appender.list)) {
      StringBuilder s =
          new StringBuilder(e.getLoggerName()).append(' ').append(e.getFormattedMessage());
      if (e.getKeyValuePairs() != null) {
        for (KeyValuePair kv : e.getKeyValuePairs()) {
          s.append(' ').append(kv.key).append('=').append(kv.value);
        }
      }
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        s.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
      }
      out.add(s.toString());
    }
    return out;
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
