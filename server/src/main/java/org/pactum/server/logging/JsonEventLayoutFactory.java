package org.pactum.server.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.logging.common.layout.DiscoverableLayoutFactory;
import java.util.TimeZone;

/**
 * {@code layout: {type: pactum-json}} on an appender of the {@code logging:} section: {@link
 * JsonEventLayout} in the appender's {@code timeZone} (Dropwizard's default: UTC).
 */
@JsonTypeName("pactum-json")
public class JsonEventLayoutFactory implements DiscoverableLayoutFactory<ILoggingEvent> {

  @Override
  public LayoutBase<ILoggingEvent> build(LoggerContext context, TimeZone timeZone) {
    JsonEventLayout layout = new JsonEventLayout();
    layout.setContext(context);
    layout.setTimeZone(timeZone.getID());
    return layout;
  }
}
