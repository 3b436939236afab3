package org.pactum.contracts.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.model.PiiCategory;
import org.pactum.contracts.model.PiiField;

/** Parses the {@code pii:} section. */
final class PiiParser {

  static final List<String> PII_KEYS = List.of("subject", "key", "fields");
  static final List<String> FIELD_KEYS = List.of("erasure", "category");
  static final Pattern SUBJECT = Pattern.compile("[a-z][a-z0-9_]*");

  Pii parse(YamlMap map, ParseContext ctx) {
    ctx.onlyKeys(map, PII_KEYS, "pii");
    ContractParser.record(map, "pii", ctx);
    String subject =
        ctx.required(map, "subject", "pii")
            .flatMap(
                n ->
                    ctx.string(n, "subject")
                        .filter(
                            s -> {
                              if (!SUBJECT.matcher(s).matches()) {
                                ctx.error(
                                    n.position(),
                                    "invalid-value",
                                    "invalid pii subject '"
                                        + s
                                        + "': expected a lower-case word such as customer or employee");
                                return false;
                              }
                              return true;
                            }))
            .orElse(null);
    String key =
        ctx.required(map, "key", "pii (the column holding the subject's id)")
            .flatMap(n -> ctx.string(n, "key"))
            .orElse(null);
    Map<String, PiiField> fields = new LinkedHashMap<>();
    ctx.optional(map, "fields")
        .flatMap(n -> ctx.map(n, "fields"))
        .ifPresent(
            m -> {
              for (YamlMap.Entry e : m.entries()) {
                ctx.record("pii.fields." + e.key(), e.keyPosition());
                field(e.value(), e.key(), ctx).ifPresent(f -> fields.put(e.key(), f));
              }
            });
    return new Pii(subject, key, fields);
  }

  private static Optional<PiiField> field(YamlNode node, String column, ParseContext ctx) {
    if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.STRING) {
      return erasure(node, s.text(), ctx).map(PiiField::new);
    }
    if (!(node instanceof YamlMap map)) {
      ctx.wrongType(node, column, "a mapping such as {erasure: nullify} or an erasure action");
      return Optional.empty();
    }
    ctx.onlyKeys(map, FIELD_KEYS, "pii field '" + column + "'");
    Optional<ErasureAction> erasure =
        ctx.required(map, "erasure", "pii field '" + column + "'")
            .flatMap(n -> ctx.string(n, "erasure").flatMap(s -> erasure(n, s, ctx)));
    PiiCategory category =
        ctx.optional(map, "category")
            .flatMap(
                n ->
                    ctx.string(n, "category")
                        .flatMap(
                            s -> {
                              Optional<PiiCategory> c = PiiCategory.parse(s);
                              if (c.isEmpty()) {
                                ctx.error(
                                    n.position(),
                                    "invalid-value",
                                    ContractParser.oneOf(
                                        "pii category", s, PiiCategory.yamlNames()));
                              }
                              return c;
                            }))
            .orElse(null);
    return erasure.map(a -> new PiiField(a, category));
  }

  private static Optional<ErasureAction> erasure(YamlNode node, String text, ParseContext ctx) {
    Optional<ErasureAction> action = ErasureAction.parse(text);
    if (action.isEmpty()) {
      ctx.error(
          node.position(),
          "invalid-value",
          ContractParser.oneOf("erasure action", text, ErasureAction.yamlNames()));
    }
    return action;
  }
}
