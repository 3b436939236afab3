package org.pactum.contracts.parse;

import java.util.List;
import org.pactum.contracts.model.SourcePosition;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, SourcePosition position) implements YamlNode {

  public YamlList {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
