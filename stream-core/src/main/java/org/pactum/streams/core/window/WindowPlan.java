package org.pactum.streams.core.window;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.generic.IndexedRecord;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.streams.core.ErrorClass;
import org.pactum.streams.core.Reason;
import org.pactum.streams.core.Verdict;
import org.pactum.streams.core.validate.FieldPath;
import org.pactum.streams.core.validate.FieldValue;
import org.pactum.streams.core.validate.Inspection;
import org.pactum.streams.core.validate.RecordFields;

/**
 * What one contract's windows count, fixed when the binding starts: the stream's own counts, the
 * rows, and for each check a window can judge the measurements the check engine judges it by —
 * {@code not_null} and {@code null_rate} by a column's nulls, {@code range}, {@code
 * accepted_values} and {@code regex} by a column's non-null values and the check's violations,
 * {@code row_count} by the rows. A field the writer schema lacks counts as null.
 *
 * <p>Counting is into a {@code long[]} laid out as {@link #counters()}, so a record costs a few
 * array increments; {@link #fingerprint()} tells layouts apart.
 */
public final class WindowPlan {
  private final WindowSize size;
  private final List<Check> judged = new ArrayList<>();
  private final List<Counter> counters = new ArrayList<>();
  private final Map<Counter, Integer> index = new HashMap<>();
  private final List<String> nullColumns = new ArrayList<>();
  private final List<String> nonNullColumns = new ArrayList<>();
  // the per-record path reads these, computed once: no map lookup, no path split per record
  private FieldPath[] nullPaths;
  private int[] nullSlots;
  private FieldPath[] nonNullPaths;
  private int[] nonNullSlots;
  private int recordsSlot;
  private int passedSlot;
  private int deadLetteredSlot;
  private int erasedSlot;
  private int rowCountSlot;
  private final Map<String, Integer> violationsByCheck = new HashMap<>();
  private final int[] undecodable = new int[ErrorClass.values().length];

  public WindowPlan(DataContract contract, WindowSize size) {
    this.size = Objects.requireNonNull(size, "size");
    for (Counter c :
        List.of(Counter.RECORDS, Counter.PASSED, Counter.DEAD_LETTERED, Counter.ERASED)) {
      add(c);
    }
    for (ErrorClass e : ErrorClass.values()) {
      undecodable[e.ordinal()] = e == ErrorClass.CHECK_FAILED ? -1 : add(Counter.undecodable(e));
    }
    add(Counter.ROW_COUNT);
    for (Check check : contract.checks()) {
      if (check instanceof NotNullCheck c) {
        nullCount(c.column());
      } else if (check instanceof NullRateCheck c) {
        nullCount(c.column());
      } else if (check instanceof RangeCheck c) {
        perValue(c.column(), c.name());
      } else if (check instanceof AcceptedValuesCheck c) {
        perValue(c.column(), c.name());
      } else if (check instanceof RegexCheck c) {
        perValue(c.column(), c.name());
      } else if (!(check instanceof RowCountCheck)) {
        continue;
      }
      judged.add(check);
    }
    recordsSlot = index.get(Counter.RECORDS);
    passedSlot = index.get(Counter.PASSED);
    deadLetteredSlot = index.get(Counter.DEAD_LETTERED);
    erasedSlot = index.get(Counter.ERASED);
    rowCountSlot = index.get(Counter.ROW_COUNT);
    nullPaths = nullColumns.stream().map(FieldPath::of).toArray(FieldPath[]::new);
    nullSlots = nullColumns.stream().mapToInt(c -> index.get(Counter.nullCount(c))).toArray();
    nonNullPaths = nonNullColumns.stream().map(FieldPath::of).toArray(FieldPath[]::new);
    nonNullSlots =
        nonNullColumns.stream().mapToInt(c -> index.get(Counter.nonNullCount(c))).toArray();
  }

  private void nullCount(String column) {
    if (!index.containsKey(Counter.nullCount(column))) {
      add(Counter.nullCount(column));
      nullColumns.add(column);
    }
  }

  private void perValue(String column, String check) {
    if (!index.containsKey(Counter.nonNullCount(column))) {
      add(Counter.nonNullCount(column));
      nonNullColumns.add(column);
    }
    violationsByCheck.put(check, add(Counter.violations(check)));
  }

  private int add(Counter c) {
    return index.computeIfAbsent(
        c,
        k -> {
          counters.add(k);
          return counters.size() - 1;
        });
  }

  public WindowSize size() {
    return size;
  }

  /** The contract's checks a window judges, in contract order. */
  public List<Check> judged() {
    return List.copyOf(judged);
  }

  /** The counters, in the order of the arrays {@link #observe} counts into. */
  public List<Counter> counters() {
    return List.copyOf(counters);
  }

  /** A number that differs between plans of different layouts (a contract change). */
  public int fingerprint() {
    return counters.hashCode();
  }

  /** A new, zeroed array to count into. */
  public long[] zero() {
    return new long[counters.size()];
  }

  /**
   * Counts one record into {@code counts}.
   *
   * @param erased whether the record was dropped because its subject was erased
   */
  public void observe(Inspection inspection, boolean erased, long[] counts) {
    counts[recordsSlot]++;
    Verdict verdict = inspection.verdict();
    if (erased) {
      // dropped: counted, but not measured (its data is to be forgotten)
      counts[erasedSlot]++;
      return;
    }
    if (verdict instanceof Verdict.Rejected) {
      counts[deadLetteredSlot]++;
    } else {
      counts[passedSlot]++;
    }
    if (inspection.decoded().isEmpty()) {
      if (verdict instanceof Verdict.Rejected r) {
        int slot = undecodable[r.reasons().get(0).errorClass().ordinal()];
        if (slot >= 0) {
          counts[slot]++;
        }
      }
      return;
    }
    IndexedRecord record = inspection.decoded().get();
    counts[rowCountSlot]++;
    for (int i = 0; i < nullPaths.length; i++) {
      if (isNull(RecordFields.read(record, nullPaths[i]))) {
        counts[nullSlots[i]]++;
      }
    }
    for (int i = 0; i < nonNullPaths.length; i++) {
      if (!isNull(RecordFields.read(record, nonNullPaths[i]))) {
        counts[nonNullSlots[i]]++;
      }
    }
    List<Reason> reasons =
        verdict instanceof Verdict.Rejected r ? r.reasons() : ((Verdict.Valid) verdict).tolerated();
    for (Reason reason : reasons) {
      if (reason.check() != null) {
        Integer slot = violationsByCheck.get(reason.check());
        if (slot != null) {
          counts[slot]++;
        }
      }
    }
  }

  private static boolean isNull(FieldValue v) {
    return v instanceof FieldValue.Absent || ((FieldValue.Present) v).value() == null;
  }

  /** The tally of counts laid out as this plan's counters (zeros left out). */
  public Tally tally(long[] counts) {
    if (counts.length != counters.size()) {
      throw new IllegalArgumentException(
          "counts of another plan: " + counts.length + " values, " + counters.size() + " counters");
    }
    Map<Counter, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 0) {
        map.put(counters.get(i), counts[i]);
      }
    }
    return new Tally(map);
  }
}
