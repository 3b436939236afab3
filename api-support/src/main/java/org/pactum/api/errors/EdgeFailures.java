package org.pactum.api.errors;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;
import org.pactum.api.ApiDialect;
import org.pactum.api.ApiErrors;
import org.pactum.api.EdgeCodes;
import org.pactum.api.InvalidInputException;
import org.pactum.api.input.BodyLimitFilter;
import org.pactum.api.input.BodyTooLargeException;
import org.pactum.api.input.MalformedBodyException;

/**
 * The edge's own refusals, wherever the framework wrapped them: a body past its limit, a body its
 * {@code Content-Encoding} cannot decode, a broken input rule. Every generic mapper asks here
 * first.
 */
final class EdgeFailures {
  private static final int MAX_CAUSES = 16;

  private EdgeFailures() {}

  static Optional<Response> answer(Throwable e, ApiDialect dialect) {
    Throwable t = e;
    for (int i = 0; t != null && i < MAX_CAUSES; i++, t = t.getCause()) {
      if (t instanceof BodyTooLargeException tooLarge) {
        return Optional.of(
            ApiErrors.generic(
                dialect,
                413,
                EdgeCodes.BODY_TOO_LARGE,
                BodyLimitFilter.tooLarge(tooLarge.limit())));
      }
      if (t instanceof MalformedBodyException malformed) {
        return Optional.of(
            ApiErrors.generic(dialect, 400, EdgeCodes.MALFORMED_ENCODING, malformed.getMessage()));
      }
      if (t instanceof ZipException || t instanceof DataFormatException) {
        // the server's inflater failed before the edge's stream saw the body
        return Optional.of(
            ApiErrors.generic(
                dialect,
                400,
                EdgeCodes.MALFORMED_ENCODING,
                "the request body cannot be decoded as its Content-Encoding (gzip)"));
      }
      if (t instanceof InvalidInputException invalid) {
        return Optional.of(InvalidInputMapper.response(invalid, dialect));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
