package org.pactum.contracts.schema;

import java.nio.file.Path;

/** A path a contract wrote, checked against its {@link ContractRoot}. */
public sealed interface RootedPath {

  /**
   * Inside the root.
   *
   * @param file where to read it: absolute, below the root's real path
   */
  record Inside(Path file) implements RootedPath {}

  /** Refused, and why. */
  record Refused(Refusal refusal) implements RootedPath {}
}
