package org.pactum.api.request;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is 1–64 safe characters
 * (letters, digits, {@code . _ : -}), else a new UUID. The id is sent back in {@code X-Request-Id}
 * and is the {@code request_id} of every log event written while the request runs.
 */
public final class RequestIdFilter implements Filter {
  /** The header carrying the id, both ways. */
  public static final String HEADER = "X-Request-Id";

  /** The log field (MDC key) carrying the id. */
  public static final String LOG_FIELD = "request_id";

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String given = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
    String id =
        given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    if (response instanceof HttpServletResponse out) {
      out.setHeader(HEADER, id);
    }
    MDC.put(LOG_FIELD, id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(LOG_FIELD);
    }
  }
}
