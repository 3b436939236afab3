package org.pactum.contracts.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pactum.contracts.model.KafkaBinding;

/** Parses the {@code kafka:} section: the topics the contract's events flow through. */
final class KafkaBindingParser {

  static final List<String> KAFKA_KEYS = List.of("input", "valid", "dead_letter", "key_column");

  /** A legal Kafka topic name: up to 249 of {@code [a-zA-Z0-9._-]}, neither "." nor "..". */
  static final Pattern TOPIC = Pattern.compile("(?!\\.{1,2}$)[a-zA-Z0-9._-]{1,249}");

  private KafkaBindingParser() {}

  /** The binding, or null when a required topic is missing or invalid (the problems say why). */
  static KafkaBinding parse(YamlMap map, ParseContext ctx) {
    ctx.onlyKeys(map, KAFKA_KEYS, "kafka");
    ContractParser.record(map, "kafka", ctx);
    Map<String, String> topics = new LinkedHashMap<>();
    for (String key : List.of("input", "valid", "dead_letter")) {
      ctx.required(map, key, "kafka")
          .flatMap(n -> topic(ctx, n, key))
          .ifPresent(t -> topics.put(key, t));
    }
    String keyColumn =
        ctx.optional(map, "key_column").flatMap(n -> ctx.string(n, "key_column")).orElse(null);
    if (topics.size() < 3) {
      return null;
    }
    if (topics.values().stream().distinct().count() < 3) {
      ctx.error(
          map.position(),
          "invalid-value",
          "kafka: input, valid and dead_letter must be three different topics");
      return null;
    }
    return new KafkaBinding(
        topics.get("input"), topics.get("valid"), topics.get("dead_letter"), keyColumn);
  }

  private static Optional<String> topic(ParseContext ctx, YamlNode node, String key) {
    Optional<String> value = ctx.string(node, key);
    if (value.isPresent() && !TOPIC.matcher(value.get()).matches()) {
      ctx.error(
          node.position(),
          "invalid-value",
          "invalid kafka."
              + key
              + " '"
              + value.get()
              + "': expected a Kafka topic name (up to 249 letters, digits, '.', '_', '-')");
      return Optional.empty();
    }
    return value;
  }
}
