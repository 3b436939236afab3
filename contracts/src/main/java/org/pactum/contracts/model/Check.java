package org.pactum.contracts.model;

import java.util.List;

/**
 * One quality check of a contract. Every check has a stable {@link #name()} (given, or derived from
 * its type and columns such as {@code not_null(order_id)}) and the {@link #position()} of the
 * contract line that declared it.
 */
public sealed interface Check
    permits RowCheck,
        RowCountCheck,
        NullRateCheck,
        MetricCheck,
        DriftCheck,
        FreshnessCheck,
        SqlCheck {

  String name();

  CheckType type();

  /** The columns the check reads (top-level names or dotted nested paths); may be empty. */
  List<String> columns();

  /** Where the check was declared. */
  SourcePosition position();
}
