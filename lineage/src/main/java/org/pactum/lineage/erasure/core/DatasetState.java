package org.pactum.lineage.erasure.core;

/**
 * A planned dataset with its execution state.
 *
 * @param ordinal its place in the plan
 * @param rowsMatched the subject's rows found by the last attempt, or null before any
 * @param rowsAffected rows deleted or updated by the last attempt, or null
 * @param rowsRemaining rows the verification re-query still found, or null before verification
 * @param error the last failure: SQLState and a fixed description (never driver text), or null
 */
public record DatasetState(
    int ordinal,
    PlannedDataset dataset,
    DatasetStatus status,
    int attempts,
    Long rowsMatched,
    Long rowsAffected,
    Long rowsRemaining,
    String error) {

  /**
   * What the erasure kept here and why: {@code retained: a, b (basis)}, with {@code ; N row(s) of
   * the subject remain} once verified; null when the dataset retains nothing.
   */
  public String note() {
    String retained = dataset.retainedSummary();
    if (retained == null) {
      return null;
    }
    if (status == DatasetStatus.VERIFIED && rowsMatched != null) {
      return retained + "; " + rowsMatched + " row(s) of the subject remain";
    }
    return retained;
  }
}
