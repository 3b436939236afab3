package org.pactum.registry.core.protobuf;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pactum.registry.core.schema.SourcePosition;

/**
 * A message matched by name in both schemas, with its fields by tag and its oneofs on each side.
 *
 * @param location {@code #/Message}, the prefix of its fields' and oneofs' locations
 * @param path dotted name, the prefix of its fields' and oneofs' paths
 */
record MessagePair(
    String location,
    String path,
    MessageType after,
    Map<Integer, Field> beforeFields,
    Map<Integer, Field> afterFields,
    OneOfs beforeOneOfs,
    OneOfs afterOneOfs) {

  static MessagePair of(MessageType b, MessageType a, String location, String path) {
    return new MessagePair(
        location,
        path,
        a,
        byTag(b.getFieldsAndOneOfFields()),
        byTag(a.getFieldsAndOneOfFields()),
        OneOfs.of(b),
        OneOfs.of(a));
  }

  /** The location of a field (by tag) or oneof (by name) of this message. */
  String childLocation(Object child) {
    return location + "/" + child;
  }

  /** The dotted path of a field or oneof of this message. */
  String childPath(String name) {
    return path + "." + name;
  }

  /** Where the message is declared in the new schema. */
  SourcePosition position() {
    return ProtoNames.position(after.getLocation());
  }

  private static Map<Integer, Field> byTag(List<Field> fields) {
    Map<Integer, Field> byTag = new TreeMap<>();
    for (Field f : fields) {
      byTag.put(f.getTag(), f);
    }
    return byTag;
  }
}
