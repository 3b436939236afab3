package org.pactum.server.logging;

import ch.qos.logback.access.jetty.RequestLogImpl;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import org.eclipse.jetty.server.RequestLog;

/**
 * {@code server.requestLog.type: pactum-access}: Dropwizard's logback-access request log (one
 * {@code IAccessEvent} per request, which {@link JsonAccessLayoutFactory} writes as JSON fields),
 * started quietly. Unquiet, logback-access prints its start-up status report — version checks that
 * warn on Dropwizard 5.0.1's own jars — as plain text lines on stdout, among the JSON lines.
 */
@JsonTypeName("pactum-access")
public class QuietAccessRequestLogFactory extends LogbackAccessRequestLogFactory {

  @Override
  public RequestLog build(String name) {
    RequestLog log = super.build(name);
    if (log instanceof RequestLogImpl impl) {
      impl.setQuiet(true);
    }
    return log;
  }
}
