package org.pactum.contracts.parse;

import org.pactum.contracts.model.SourcePosition;

/**
 * A YAML value with the position it was written at. Built by {@link YamlTreeReader}; the contract
 * parser walks it so every problem can name a line and column.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

  SourcePosition position();

  /** What the node is, for messages: {@code a mapping}, {@code a list}, {@code a string}... */
  String describe();
}
