package org.pactum.lineage.core;

/**
 * OpenLineage's transformation type: the input's values flow into the output, or only affect it.
 */
public enum TransformationType {
  DIRECT,
  INDIRECT
}
