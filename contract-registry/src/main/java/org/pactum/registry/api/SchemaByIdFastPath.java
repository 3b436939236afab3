package org.pactum.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.pactum.api.auth.authz.ReadGate;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.StoredSchema;

/**
 * Serves the hottest read of the Confluent API — {@code GET /schemas/ids/{id}}, which every
 * deserializing client calls for each new schema id it meets — from pre-serialised bytes, without
 * Jersey's per-request routing, negotiation and entity writing (about 0.5 ms of CPU a request on a
 * 2-core machine, which capped the endpoint near 3,000 req/s).
 *
 * <p>The bytes are never stale and never outlive the registry's own cache entry: they are kept
 * under the very {@link StoredSchema} instance that cache hands out, held weakly and compared by
 * identity, and a schema's content never changes under its id. When the registry forgets a schema
 * (eviction, or a permanent delete) the next lookup yields a different instance or none, and the
 * bytes are rebuilt or the request falls through; the forgotten instance's bytes are collected with
 * it. Everything this path does not handle exactly as {@link SchemasResource#byId} would — another
 * method, a query string, an {@code Accept} header beyond the plain registry types, an unknown or
 * malformed id, any registry error — goes on to Jersey unchanged, so there is one error model.
 *
 * <p>Access: this filter answers before Jersey, so before the edge's authentication and
 * authorization filters. It serves a request only when its {@link ReadGate} lets the caller read
 * ({@link ReadGate#authenticating}: credentials accepted, and the role matrix grants the role
 * {@code READ} — every role has it); any other request, anonymous or refused, goes on to Jersey,
 * whose filters answer 401/403/429 in Confluent's dialect and count failures.
 */
public final class SchemaByIdFastPath implements Filter {
  /** The servlet URL pattern the filter is mapped to. */
  public static final String PATTERN = "/schemas/ids/*";

  static final String PREFIX = "/schemas/ids/";
  private static final int MAX_ID_DIGITS = 10;

  private final SchemaRegistry registry;
  private final ObjectMapper mapper;
  private final ReadGate gate;
  private final Cache<StoredSchema, byte[]> bytes = Caffeine.newBuilder().weakKeys().build();

  /**
   * @param gate who the filter itself may serve ({@link ReadGate#open()} only with {@code
   *     auth.mode: none}); everyone else is Jersey's to answer
   */
  public SchemaByIdFastPath(SchemaRegistry registry, ObjectMapper mapper, ReadGate gate) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req instanceof HttpServletRequest http
        && res instanceof HttpServletResponse out
        && "GET".equals(http.getMethod())
        && http.getQueryString() == null
        && gate.mayRead(http)) {
      String contentType = contentType(http.getHeader("Accept"));
      int id = contentType == null ? -1 : id(http.getRequestURI(), http.getContextPath());
      byte[] json = id < 0 ? null : json(id);
      if (json != null) {
        out.setStatus(HttpServletResponse.SC_OK);
        out.setContentType(contentType);
        out.setContentLength(json.length);
        out.getOutputStream().write(json);
        return;
      }
    }
    chain.doFilter(req, res);
  }

  /** The schema's JSON, or null to let Jersey answer (unknown id, registry error). */
  private byte[] json(int id) {
    try {
      return bytes.get(registry.schemaById(id), this::serialize);
    } catch (RuntimeException e) { // not found, store down...: Jersey maps it
      return null;
    }
  }

  private byte[] serialize(StoredSchema schema) {
    try {
      return mapper.writeValueAsBytes(SchemaStringResponse.of(schema));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The response type Jersey would choose for this {@code Accept} header, or null when the header
   * asks for anything else (then Jersey negotiates, and may answer 406).
   */
  static String contentType(String accept) {
    if (accept == null || accept.isBlank()) {
      return RegistryMediaTypes.V1_JSON;
    }
    return switch (accept.trim()) {
      case "*/*", "application/*", RegistryMediaTypes.V1_JSON -> RegistryMediaTypes.V1_JSON;
      case RegistryMediaTypes.DEFAULT_JSON -> RegistryMediaTypes.DEFAULT_JSON;
      case RegistryMediaTypes.JSON -> RegistryMediaTypes.JSON;
      default -> null;
    };
  }

  /** The id in {@code /schemas/ids/{id}} with nothing after it, or -1. */
  static int id(String uri, String contextPath) {
    int start = (contextPath == null ? 0 : contextPath.length()) + PREFIX.length();
    if (!uri.startsWith(PREFIX, start - PREFIX.length())
        || uri.length() == start
        || uri.length() - start > MAX_ID_DIGITS) {
      return -1;
    }
    long id = 0;
    for (int i = start; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      id = id * 10 + (c - '0');
    }
    return id > Integer.MAX_VALUE ? -1 : (int) id;
  }
}
