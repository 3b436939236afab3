package org.pactum.server.gate;

/** How CI-facing commands print their findings. */
public enum GateFormat {
  /** {@code file:line:col: severity: message [RULE]}, with the fix indented below. */
  TEXT,
  /** One JSON document: contracts, findings, counts. */
  JSON,
  /** JUnit XML: one test case per contract, failing when it has errors (for CI dashboards). */
  JUNIT,
  /** GitHub Actions workflow commands: {@code ::error file=…,line=…::message} annotations. */
  GITHUB
}
