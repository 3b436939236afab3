package org.pactum.streams.core.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.IndexedRecord;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.Thresholds;
import org.pactum.streams.core.ErrorClass;
import org.pactum.streams.core.Reason;

/**
 * A contract's checks that one record passes or fails on its own ({@code not_null}, {@code range},
 * {@code accepted_values}, {@code regex}), compiled once per binding. A check is <em>enforced</em>
 * (a failing record is rejected) when the contract tolerates no failing row, the default; a check
 * with {@code mostly} below 1 or only a {@code warn} limit is <em>tolerated</em>: its failures are
 * reported, the record still passes. Every other check needs more than one record and is listed by
 * {@link #perWindowOnly()}.
 */
public final class RecordChecks {
  private final List<RecordRule> rules = new ArrayList<>();

  /** Each rule's column path, in rule order (paths are hot). */
  private final List<FieldPath> paths = new ArrayList<>();

  /** The enforced rules and their paths, for {@link #passes}. */
  private final RecordRule[] enforcedRules;

  private final FieldPath[] enforcedPaths;

  private final List<Check> perWindowOnly = new ArrayList<>();
  private final PiiMasks masks;

  public RecordChecks(DataContract contract) {
    this.masks = new PiiMasks(contract);
    for (Check check : contract.checks()) {
      if (check instanceof NotNullCheck c) {
        rules.add(new NotNullRule(c));
      } else if (check instanceof RangeCheck c) {
        rules.add(new RangeRule(c));
      } else if (check instanceof AcceptedValuesCheck c) {
        rules.add(new AcceptedValuesRule(c));
      } else if (check instanceof RegexCheck c) {
        rules.add(new RegexRule(c));
      } else {
        perWindowOnly.add(check);
      }
    }
    List<RecordRule> enforced = new ArrayList<>();
    List<FieldPath> enforcedAt = new ArrayList<>();
    for (RecordRule rule : rules) {
      FieldPath path = FieldPath.of(rule.column());
      paths.add(path);
      if (enforced(rule.check().thresholds())) {
        enforced.add(rule);
        enforcedAt.add(path);
      }
    }
    this.enforcedRules = enforced.toArray(RecordRule[]::new);
    this.enforcedPaths = enforcedAt.toArray(FieldPath[]::new);
  }

  /** The checks that need a window or a table (unique, row counts, statistics, freshness, SQL). */
  public List<Check> perWindowOnly() {
    return List.copyOf(perWindowOnly);
  }

  /** The names of the checks evaluated on each record, in contract order. */
  public List<String> perRecord() {
    return rules.stream().map(r -> r.check().name()).toList();
  }

  /**
   * Whether the record fails no enforced check: what a producer needs before it sends, evaluating
   * the enforced checks only and allocating nothing. When false, {@link #evaluate} says why.
   */
  public boolean passes(IndexedRecord record) {
    for (int i = 0; i < enforcedRules.length; i++) {
      RecordRule rule = enforcedRules[i];
      FieldValue field = RecordFields.read(record, enforcedPaths[i]);
      if (!(field instanceof FieldValue.Present p)) {
        if (rule.violatedByAbsence()) {
          return false;
        }
      } else if (rule instanceof NotNullRule ? p.value() == null : rule.violates(p.value())) {
        // not_null, the most common check, is decided here without a call through the interface
        return false;
      }
    }
    return true;
  }

  /** Every failure of the record, split into enforced and tolerated. */
  public Failures evaluate(IndexedRecord record) {
    List<Reason> enforced = null;
    List<Reason> tolerated = null;
    for (int i = 0; i < rules.size(); i++) {
      RecordRule rule = rules.get(i);
      FieldValue field = RecordFields.read(record, paths.get(i));
      String actual;
      if (field instanceof FieldValue.Present p) {
        if (!rule.violates(p.value())) {
          continue;
        }
        actual = masks.actual(rule.column(), p.value());
      } else {
        if (!rule.violatedByAbsence()) {
          continue;
        }
        actual = "absent: " + ((FieldValue.Absent) field).why();
      }
      Reason reason =
          new Reason(
              ErrorClass.CHECK_FAILED,
              rule.check().name(),
              rule.check().type(),
              rule.column(),
              rule.expected(),
              actual);
      if (enforced(rule.check().thresholds())) {
        enforced = add(enforced, reason);
      } else {
        tolerated = add(tolerated, reason);
      }
    }
    if (enforced == null && tolerated == null) {
      return Failures.NONE; // the common case allocates nothing
    }
    return new Failures(
        enforced == null ? List.of() : enforced, tolerated == null ? List.of() : tolerated);
  }

  private static List<Reason> add(List<Reason> reasons, Reason reason) {
    List<Reason> out = reasons == null ? new ArrayList<>(2) : reasons;
    out.add(reason);
    return out;
  }

  private static boolean enforced(Thresholds thresholds) {
    return thresholds.fail() != null && thresholds.fail() == 0.0;
  }

  /** A record's failed checks: enforced ones reject it, tolerated ones are only counted. */
  public record Failures(List<Reason> enforced, List<Reason> tolerated) {
    /** A record that failed nothing. */
    public static final Failures NONE = new Failures(List.of(), List.of());

    public Failures {
      enforced = List.copyOf(enforced);
      tolerated = List.copyOf(tolerated);
    }
  }
}
