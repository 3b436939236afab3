package org.pactum.contracts.model;

/**
 * A column holding personal data.
 *
 * @param erasure what an erasure request does to it
 * @param category what kind of personal data it is, or null when not stated
 */
public record PiiField(ErasureAction erasure, PiiCategory category) {

  public PiiField(ErasureAction erasure) {
    this(erasure, null);
  }
}
