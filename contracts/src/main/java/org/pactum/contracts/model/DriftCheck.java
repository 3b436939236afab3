package org.pactum.contracts.model;

import java.util.List;

/**
 * The column's distribution against its reference (the previous successful run): WARN when the
 * {@link DriftMethod} statistic exceeds {@code thresholds.warn}, FAIL above {@code
 * thresholds.fail}.
 *
 * @param bins histogram bins for binned methods ({@code psi}, {@code js}) on numeric columns
 */
public record DriftCheck(
    String name,
    String column,
    DriftMethod method,
    Thresholds thresholds,
    int bins,
    SourcePosition position)
    implements Check {

  public static final int DEFAULT_BINS = 10;

  @Override
  public CheckType type() {
    return CheckType.DRIFT;
  }

  @Override
  public List<String> columns() {
    return List.of(column);
  }
}
