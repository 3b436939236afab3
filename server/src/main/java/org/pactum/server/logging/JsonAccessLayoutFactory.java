package org.pactum.server.logging;

import ch.qos.logback.access.common.spi.IAccessEvent;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.logging.common.layout.DiscoverableLayoutFactory;
import java.util.TimeZone;
import net.logstash.logback.composite.GlobalCustomFieldsJsonProvider;
import net.logstash.logback.composite.accessevent.AccessEventFormattedTimestampJsonProvider;
import net.logstash.logback.composite.accessevent.AccessEventJsonProviders;
import net.logstash.logback.composite.accessevent.ContentLengthJsonProvider;
import net.logstash.logback.composite.accessevent.ElapsedTimeJsonProvider;
import net.logstash.logback.composite.accessevent.MethodJsonProvider;
import net.logstash.logback.composite.accessevent.ProtocolJsonProvider;
import net.logstash.logback.composite.accessevent.RemoteHostJsonProvider;
import net.logstash.logback.composite.accessevent.RequestedUriJsonProvider;
import net.logstash.logback.composite.accessevent.StatusCodeJsonProvider;
import net.logstash.logback.decorate.EscapeNonAsciiJsonFactoryDecorator;
import net.logstash.logback.layout.AccessEventCompositeJsonLayout;

/**
 * {@code layout: {type: pactum-access-json}} on a request-log appender: each request as one line of
 * JSON — {@code timestamp}, {@code logger} ({@code "http.request"}, to tell these lines from
 * application events on a shared console), {@code method}, {@code path} (without the query string,
 * which may carry cursors or filters), {@code protocol}, {@code status}, {@code elapsed_ms}, {@code
 * bytes} (the response body) and {@code remote_host}. No headers: they carry credentials. Values
 * are JSON-escaped like {@link JsonEventLayoutFactory}'s.
 */
@JsonTypeName("pactum-access-json")
public class JsonAccessLayoutFactory implements DiscoverableLayoutFactory<IAccessEvent> {
  /** The {@code logger} field of every request line. */
  public static final String LOGGER = "http.request";

  @Override
  public LayoutBase<IAccessEvent> build(LoggerContext context, TimeZone timeZone) {
    AccessEventJsonProviders providers = new AccessEventJsonProviders();
    AccessEventFormattedTimestampJsonProvider timestamp =
        new AccessEventFormattedTimestampJsonProvider();
    timestamp.setFieldName("timestamp");
    timestamp.setPattern(JsonEventLayout.TIMESTAMP_PATTERN);
    timestamp.setTimeZone(timeZone.getID());
    providers.addTimestamp(timestamp);
    GlobalCustomFieldsJsonProvider<IAccessEvent> logger = new GlobalCustomFieldsJsonProvider<>();
    logger.setCustomFields("{\"logger\":\"" + LOGGER + "\"}");
    providers.addProvider(logger);
    MethodJsonProvider method = new MethodJsonProvider();
    method.setFieldName("method");
    providers.addMethod(method);
    RequestedUriJsonProvider path = new RequestedUriJsonProvider();
    path.setFieldName("path");
    providers.addRequestedUri(path);
    ProtocolJsonProvider protocol = new ProtocolJsonProvider();
    protocol.setFieldName("protocol");
    providers.addProtocol(protocol);
    StatusCodeJsonProvider status = new StatusCodeJsonProvider();
    status.setFieldName("status");
    providers.addStatusCode(status);
    ElapsedTimeJsonProvider elapsed = new ElapsedTimeJsonProvider();
    elapsed.setFieldName("elapsed_ms");
    providers.addElapsedTime(elapsed);
    ContentLengthJsonProvider bytes = new ContentLengthJsonProvider();
    bytes.setFieldName("bytes");
    providers.addContentLength(bytes);
    RemoteHostJsonProvider remote = new RemoteHostJsonProvider();
    remote.setFieldName("remote_host");
    providers.addRemoteHost(remote);

    AccessEventCompositeJsonLayout layout = new AccessEventCompositeJsonLayout();
    layout.setContext(context);
    layout.setProviders(providers);
    layout.setJsonFactoryDecorator(new EscapeNonAsciiJsonFactoryDecorator());
    layout.setLineSeparator("UNIX");
    return layout;
  }
}
