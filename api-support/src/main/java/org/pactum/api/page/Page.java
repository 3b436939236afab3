package org.pactum.api.page;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a list, answered as {@code {"<itemsName>": [...], "next": "<cursor>" | null}}: the
 * items field keeps each endpoint's own name ({@code runs}, {@code incidents}, …); {@code next} is
 * null on the last page, else the value to pass as {@code ?next=} for the page after.
 */
public record Page<T>(String itemsName, List<T> items, String next) {
  public Page {
    items = List.copyOf(items);
  }

  /** The same page with each item converted (e.g. a row to its JSON record). */
  public <R> Page<R> map(Function<? super T, ? extends R> f) {
    return new Page<>(itemsName, items.stream().<R>map(f).toList(), next);
  }

  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(itemsName, items);
    out.put("next", next);
    return out;
  }
}
