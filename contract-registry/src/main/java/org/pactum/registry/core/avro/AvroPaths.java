package org.pactum.registry.core.avro;

import org.apache.avro.Schema;

/**
 * Turns Avro's JSON-pointer locations ({@code /fields/2/type/items/fields/0}) into dotted field
 * paths ({@code Order.lines[].sku}) by walking the schema the pointer points into. Array items are
 * written {@code []}, map values {@code {}}; union branches add nothing. Walking stops quietly at
 * the first token that does not fit the schema (Avro points into writer unions by writer branch
 * index), so the path is always a prefix of the truth, never a wrong guess.
 */
final class AvroPaths {

  private AvroPaths() {}

  static String fieldPath(Schema root, String pointer) {
    StringBuilder path = new StringBuilder(rootName(root));
    if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
      return path.toString();
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    Schema current = root;
    int i = 0;
    while (i < tokens.length && current != null) {
      String token = tokens[i];
      switch (token) {
        case "fields" -> {
          if (current.getType() != Schema.Type.RECORD || i + 1 >= tokens.length) {
            return path.toString();
          }
          int index = index(tokens[i + 1]);
          if (index < 0 || index >= current.getFields().size()) {
            return path.toString();
          }
          Schema.Field field = current.getFields().get(index);
          path.append('.').append(field.name());
          current = field.schema();
          i += 2;
        }
        case "type" -> i++;
        case "items" -> {
          if (current.getType() != Schema.Type.ARRAY) {
            return path.toString();
          }
          path.append("[]");
          current = current.getElementType();
          i++;
        }
        case "values" -> {
          if (current.getType() != Schema.Type.MAP) {
            return path.toString();
          }
          path.append("{}");
          current = current.getValueType();
          i++;
        }
        default -> {
          int index = index(token);
          if (index < 0
              || current.getType() != Schema.Type.UNION
              || index >= current.getTypes().size()) {
            return path.toString();
          }
          current = current.getTypes().get(index);
          i++;
        }
      }
    }
    return path.toString();
  }

  private static String rootName(Schema root) {
    return switch (root.getType()) {
      case RECORD, ENUM, FIXED -> root.getName();
      default -> root.getType().getName();
    };
  }

  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }
}
