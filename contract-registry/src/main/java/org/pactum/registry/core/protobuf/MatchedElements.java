package org.pactum.registry.core.protobuf;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Walks two keyed collections of schema elements (messages, enums, fields, enum constants)
 * together: every key is removed, added, or present before and after.
 */
final class MatchedElements {

  /** Called for a key present in both collections. */
  @FunctionalInterface
  interface Matched<K, V> {
    void accept(K key, V before, V after);
  }

  private MatchedElements() {}

  /**
   * Visits the keys of {@code before}, then those only in {@code after}, in the order {@code keys}
   * keeps them (insertion order for a {@code LinkedHashSet}, sorted for a {@code TreeSet}).
   */
  static <K, V> void compare(
      Set<K> keys,
      Map<K, V> before,
      Map<K, V> after,
      BiConsumer<K, V> removed,
      BiConsumer<K, V> added,
      Matched<K, V> matched) {
    keys.addAll(before.keySet());
    keys.addAll(after.keySet());
    for (K key : keys) {
      V b = before.get(key);
      V a = after.get(key);
      if (a == null) {
        removed.accept(key, b);
      } else if (b == null) {
        added.accept(key, a);
      } else {
        matched.accept(key, b, a);
      }
    }
  }
}
