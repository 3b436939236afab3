package org.pactum.checks.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.pactum.api.input.Timestamps;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ChecksException.Reason;
import org.pactum.checks.core.RunState;

/**
 * Query parameters parsed here (not by Jersey) so a bad one names itself; {@code limit} and {@code
 * next} are {@link RunPages}'.
 */
final class QueryParams {
  private QueryParams() {}

  static Instant since(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Timestamps.parse("since", value);
  }

  static RunState status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return RunState.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid("status: must be one of " + Arrays.toString(RunState.values()));
    }
  }

  static ChecksException invalid(String message) {
    return new ChecksException(Reason.INVALID_FIELD, message);
  }
}
