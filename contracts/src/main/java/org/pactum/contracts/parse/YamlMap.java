package org.pactum.contracts.parse;

import java.util.List;
import java.util.Optional;
import org.pactum.contracts.model.SourcePosition;

/** A YAML mapping with string keys, in document order, duplicates already rejected. */
public record YamlMap(List<YamlMap.Entry> entries, SourcePosition position) implements YamlNode {

  /** One {@code key: value} pair with the key's own position. */
  public record Entry(String key, SourcePosition keyPosition, YamlNode value) {}

  public YamlMap {
    entries = List.copyOf(entries);
  }

  public Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** The value under {@code key}; empty when the key is absent. */
  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  public boolean has(String key) {
    return entry(key).isPresent();
  }

  public List<String> keys() {
    return entries.stream().map(Entry::key).toList();
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
