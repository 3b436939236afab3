package org.pactum.lineage.sql;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.TransformationSubtype;

/**
 * The lineage of one value (an expression or an output column): the base columns whose values flow
 * into it (DIRECT, with subtype and masking) and those that only affect it (INDIRECT).
 */
final class Lineage {
  /** How a base column's value flows in. */
  record Flow(TransformationSubtype subtype, boolean masking) {}

  /** A base column affecting the value without flowing into it. */
  record Indirect(ColumnRef source, TransformationSubtype subtype) {}

  private final Map<ColumnRef, Flow> direct = new LinkedHashMap<>();
  private final Set<Indirect> indirect = new LinkedHashSet<>();

  static Lineage identity(ColumnRef column) {
    Lineage l = new Lineage();
    l.direct.put(column, new Flow(TransformationSubtype.IDENTITY, false));
    return l;
  }

  Map<ColumnRef, Flow> direct() {
    return direct;
  }

  Set<Indirect> indirect() {
    return indirect;
  }

  /** Adds a flow; a column flowing in twice keeps the stronger subtype, masked only if both are. */
  void addDirect(ColumnRef column, Flow flow) {
    direct.merge(
        column,
        flow,
        (a, b) ->
            new Flow(
                a.subtype().ordinal() >= b.subtype().ordinal() ? a.subtype() : b.subtype(),
                a.masking() && b.masking()));
  }

  void addIndirect(ColumnRef column, TransformationSubtype subtype) {
    indirect.add(new Indirect(column, subtype));
  }

  /** Adds everything {@code other} has, unchanged. */
  Lineage merge(Lineage other) {
    other.direct.forEach(this::addDirect);
    indirect.addAll(other.indirect);
    return this;
  }

  /** Adds {@code other} seen through a further step: its flows compose with {@code step}. */
  Lineage mergeThrough(Lineage other, TransformationSubtype step, boolean masking) {
    other.direct.forEach(
        (c, f) -> addDirect(c, new Flow(f.subtype().then(step), f.masking() || masking)));
    indirect.addAll(other.indirect);
    return this;
  }

  /** Adds every column of {@code other}, direct or not, as INDIRECT with {@code subtype}. */
  Lineage mergeAsIndirect(Lineage other, TransformationSubtype subtype) {
    other.direct.keySet().forEach(c -> addIndirect(c, subtype));
    other.indirect.forEach(i -> addIndirect(i.source(), subtype));
    return this;
  }

  Lineage copy() {
    return new Lineage().merge(this);
  }
}
