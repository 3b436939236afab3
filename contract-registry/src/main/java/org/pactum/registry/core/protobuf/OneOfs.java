package org.pactum.registry.core.protobuf;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.OneOf;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The oneofs of one message: the oneof each member field belongs to, by tag, and the oneof names in
 * declaration order.
 */
record OneOfs(Map<Integer, String> byTag, Set<String> names) {

  static OneOfs of(MessageType m) {
    Map<Integer, String> byTag = new HashMap<>();
    for (OneOf o : m.getOneOfs()) {
      for (Field f : o.getFields()) {
        byTag.put(f.getTag(), o.getName());
      }
    }
    Set<String> names =
        m.getOneOfs().stream()
            .map(OneOf::getName)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    return new OneOfs(byTag, names);
  }

  /** The oneof the field with this tag belongs to, or null if it is not in one. */
  String of(int tag) {
    return byTag.get(tag);
  }

  boolean contains(String name) {
    return names.contains(name);
  }
}
