package org.pactum.contracts.model;

/**
 * A column holding personal data.
 *
 * @param erasure what an erasure request does to it
 * @param category what kind of personal data it is, or null when not stated
 * @param legalBasis for {@link ErasureAction#RETAIN}: the law or contract that requires keeping the
 *     data (never blank); null for every other action
 */
public record PiiField(ErasureAction erasure, PiiCategory category, String legalBasis) {

  public PiiField {
    if (erasure == ErasureAction.RETAIN && (legalBasis == null || legalBasis.isBlank())) {
      throw new IllegalArgumentException("erasure: retain needs a legal basis");
    }
    if (erasure != ErasureAction.RETAIN && legalBasis != null) {
      throw new IllegalArgumentException("a legal basis only goes with erasure: retain");
    }
  }

  public PiiField(ErasureAction erasure) {
    this(erasure, null, null);
  }

  public PiiField(ErasureAction erasure, PiiCategory category) {
    this(erasure, category, null);
  }

  /** A retained field with its legal basis. */
  public static PiiField retained(String legalBasis, PiiCategory category) {
    return new PiiField(ErasureAction.RETAIN, category, legalBasis);
  }
}
