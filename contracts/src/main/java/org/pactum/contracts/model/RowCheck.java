package org.pactum.contracts.model;

/**
 * A check every row passes or fails on its own. The observed value is the fraction of failing rows;
 * {@link #thresholds()} holds its limits ({@code mostly: 0.99} is {@code fail: 0.01}). By default
 * one failing row fails the check.
 */
public sealed interface RowCheck extends Check
    permits NotNullCheck, UniqueCheck, RangeCheck, AcceptedValuesCheck, RegexCheck {

  Thresholds thresholds();
}
