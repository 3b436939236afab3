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
  static final List<String> FIELD_KEYS = List.of("erasure", "category", "legal_basis");
  static final String RETAIN_NEEDS_BASIS =
      "erasure: retain needs legal_basis: the law or contract that requires keeping the data";
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
      Optional<ErasureAction> action = erasure(node, s.text(), ctx);
      if (action.isPresent() && action.get() == ErasureAction.RETAIN) {
        ctx.error(
            node.position(),
            "missing-key",
            RETAIN_NEEDS_BASIS
                + " (write "
                + column
                + ": {erasure: retain, legal_basis: \"...\"})");
        return Optional.empty();
      }
      return action.map(PiiField::new);
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
    Optional<YamlNode> basisNode = ctx.optional(map, "legal_basis");
    String basis = basisNode.flatMap(n -> ctx.string(n, "legal_basis")).orElse(null);
    if (erasure.isEmpty()) {
      return Optional.empty();
    }
    if (erasure.get() != ErasureAction.RETAIN) {
      basisNode.ifPresent(
          n ->
              ctx.error(
                  n.position(),
                  "invalid-value",
                  "legal_basis applies only to erasure: retain; pii field '"
                      + column
                      + "' is erased with "
                      + erasure.get().yamlName()
                      + " (remove legal_basis, or retain the field)"));
      return basisNode.isPresent()
          ? Optional.empty()
          : Optional.of(new PiiField(erasure.get(), category));
    }
    if (basisNode.isEmpty()) {
      ctx.error(
          map.position(), "missing-key", RETAIN_NEEDS_BASIS + " (pii field '" + column + "')");
      return Optional.empty();
    }
    if (basis == null) {
      return Optional.empty(); // wrong type, reported
    }
    if (basis.isBlank()) {
      ctx.error(basisNode.get().position(), "invalid-value", RETAIN_NEEDS_BASIS + "; it is blank");
      return Optional.empty();
    }
    return Optional.of(PiiField.retained(basis.strip(), category));
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
