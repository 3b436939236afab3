package org.pactum.api.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.pactum.api.ApiDialect;
import org.pactum.api.EdgeCodes;
import org.pactum.api.ErrorMessage;

/**
 * Caps every request body, counted after decompression (the server inflates {@code
 * Content-Encoding: gzip} before this filter): {@link BodyLimits#maxSchemaBodyBytes} on the
 * registry's paths and {@code /api/v1/contracts}, {@link BodyLimits#maxBodyBytes} elsewhere. A
 * declared {@code Content-Length} over the limit is answered 413 before anything is read; a body
 * that grows past it while read fails with {@link BodyTooLargeException}, which the edge's mappers
 * answer 413. A content coding other than {@code gzip} or {@code identity} is answered 415.
 */
public final class BodyLimitFilter implements Filter {
  private final BodyLimits settings;
  private final ObjectMapper json;

  public BodyLimitFilter(BodyLimits settings, ObjectMapper json) {
    this.settings = settings;
    this.json = json;
  }

  /** The limit for a request path. */
  long limitFor(String path) {
    String p = path == null ? "" : path;
    boolean schemas =
        ApiDialect.of(p) == ApiDialect.CONFLUENT
            || p.equals("/api/v1/contracts")
            || p.startsWith("/api/v1/contracts/");
    return schemas ? settings.maxSchemaBodyBytes() : settings.maxBodyBytes();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse out)) {
      chain.doFilter(request, response);
      return;
    }
    String path = http.getRequestURI();
    ApiDialect dialect = ApiDialect.of(path);
    long limit = limitFor(path);
    String encoding = encoding(http.getHeader("Content-Encoding"));
    if (encoding != null && !encoding.equals("gzip")) {
      refuse(
          out,
          dialect,
          415,
          dialect.code(415, 41500),
          "unsupported Content-Encoding '"
              + Texts.printable(http.getHeader("Content-Encoding"))
              + "'; send the body as is or with gzip");
      return;
    }
    long declared = http.getContentLengthLong();
    if (declared > limit && encoding == null) {
      refuse(out, dialect, 413, dialect.code(413, EdgeCodes.BODY_TOO_LARGE), tooLarge(limit));
      return;
    }
    chain.doFilter(new Limited(http, limit, encoding), response);
  }

  /** The message of a 413. */
  public static String tooLarge(long limit) {
    return "the request body is larger than this endpoint's limit of "
        + limit
        + " bytes (counted after decompression)";
  }

  /** The content coding in lower case; null for none or {@code identity}. */
  private static String encoding(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String e = header.trim().toLowerCase(Locale.ROOT);
    return e.equals("identity") ? null : e.equals("x-gzip") ? "gzip" : e;
  }

  private void refuse(HttpServletResponse out, ApiDialect dialect, int status, int code, String m)
      throws IOException {
    out.setStatus(status);
    out.setContentType(dialect.errorType().toString());
    out.setHeader("Connection", "close");
    json.writeValue(out.getOutputStream(), new ErrorMessage(code, m));
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private final String encoding;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit, String encoding) {
      super(request);
      this.limit = limit;
      this.encoding = encoding;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedInputStream(super.getInputStream(), limit, encoding);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      Charset charset = StandardCharsets.UTF_8;
      String name = getCharacterEncoding();
      if (name != null && Charset.isSupported(name)) {
        charset = Charset.forName(name);
      }
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
