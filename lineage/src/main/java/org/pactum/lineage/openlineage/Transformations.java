package org.pactum.lineage.openlineage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pactum.lineage.core.TransformationSubtype;
import org.pactum.lineage.core.TransformationType;

/**
 * An input field's {@code transformations} ({@code type}, {@code subtype}, {@code masking}), or the
 * facet's older {@code transformationType} when there are none.
 *
 * <ul>
 *   <li>{@code subtype} absent: DIRECT → TRANSFORMATION; INDIRECT has no default and is refused.
 *   <li>legacy {@code transformationType}: {@code IDENTITY} or any DIRECT subtype name → that
 *       subtype; {@code MASKED} → TRANSFORMATION, masked; anything else or absent → TRANSFORMATION.
 * </ul>
 */
final class Transformations {
  record Parsed(TransformationSubtype subtype, boolean masking) {}

  private Transformations() {}

  static List<Parsed> of(JsonNode inputField, String legacy, String path) {
    JsonNode list = inputField.get("transformations");
    if (list == null || list.isNull() || (list.isArray() && list.isEmpty())) {
      return List.of(legacy(legacy));
    }
    if (!list.isArray()) {
      throw OpenLineageEventParser.invalid(path + ".transformations", "must be an array");
    }
    List<Parsed> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      result.add(one(list.get(i), path + ".transformations[" + i + "]"));
    }
    return result;
  }

  private static Parsed one(JsonNode t, String path) {
    if (!t.isObject()) {
      throw OpenLineageEventParser.invalid(path, "must be an object with type and subtype");
    }
    String typeText = OpenLineageEventParser.text(t, "type", path + ".type");
    TransformationType type;
    try {
      type = TransformationType.valueOf(typeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw OpenLineageEventParser.invalid(
          path + ".type", "must be DIRECT or INDIRECT, got " + typeText);
    }
    boolean masking = false;
    if (t.hasNonNull("masking")) {
      if (!t.get("masking").isBoolean()) {
        throw OpenLineageEventParser.invalid(path + ".masking", "must be true or false");
      }
      masking = t.get("masking").asBoolean();
    }
    if (!t.hasNonNull("subtype")) {
      if (type == TransformationType.INDIRECT) {
        throw OpenLineageEventParser.invalid(
            path + ".subtype",
            "is required for INDIRECT (one of " + names(TransformationType.INDIRECT) + ")");
      }
      return new Parsed(TransformationSubtype.TRANSFORMATION, masking);
    }
    String subtypeText = OpenLineageEventParser.text(t, "subtype", path + ".subtype");
    TransformationSubtype subtype =
        TransformationSubtype.parse(subtypeText)
            .filter(s -> s.type() == type)
            .orElseThrow(
                () ->
                    OpenLineageEventParser.invalid(
                        path + ".subtype",
                        "must be one of " + names(type) + " for " + type + ", got " + subtypeText));
    return new Parsed(subtype, masking);
  }

  private static Parsed legacy(String legacy) {
    if (legacy == null) {
      return new Parsed(TransformationSubtype.TRANSFORMATION, false);
    }
    if (legacy.equalsIgnoreCase("MASKED")) {
      return new Parsed(TransformationSubtype.TRANSFORMATION, true);
    }
    return TransformationSubtype.parse(legacy)
        .filter(s -> s.type() == TransformationType.DIRECT)
        .map(s -> new Parsed(s, false))
        .orElse(new Parsed(TransformationSubtype.TRANSFORMATION, false));
  }

  private static String names(TransformationType type) {
    return String.join(
        ", ",
        Arrays.stream(TransformationSubtype.values())
            .filter(s -> s.type() == type)
            .map(Enum::name)
            .toList());
  }
}
