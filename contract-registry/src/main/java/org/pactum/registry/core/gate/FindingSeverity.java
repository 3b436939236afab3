package org.pactum.registry.core.gate;

/** How much a finding matters to a CI gate: only errors fail the build. */
public enum FindingSeverity {
  ERROR,
  WARNING,
  INFO
}
