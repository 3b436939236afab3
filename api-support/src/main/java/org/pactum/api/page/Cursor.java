package org.pactum.api.page;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * A keyset position: the sort key and id of the last item a page served, as text, tagged with the
 * kind of list that issued it. Typed reads of a key part refuse a part that does not parse with a
 * 400 naming {@code next}.
 */
public record Cursor(String kind, List<String> key) {
  public Cursor {
    key = List.copyOf(key);
  }

  public String text(int i) {
    return key.get(i);
  }

  public long number(int i) {
    try {
      return Long.parseLong(key.get(i));
    } catch (NumberFormatException e) {
      throw CursorCodec.garbled();
    }
  }

  public Instant instant(int i) {
    try {
      return Instant.parse(key.get(i));
    } catch (DateTimeParseException e) {
      throw CursorCodec.garbled();
    }
  }

  public UUID uuid(int i) {
    try {
      return UUID.fromString(key.get(i));
    } catch (IllegalArgumentException e) {
      throw CursorCodec.garbled();
    }
  }
}
