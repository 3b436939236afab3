package org.pactum.lineage.db;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.pactum.lineage.core.ColumnRef;

/** The columns of a graph numbered by name order, so that edges sort by two ints. */
final class ColumnRanks {
  private final long[] ids;
  private final Map<Long, Integer> rankOfId;
  private final ColumnRef[] byRank;

  private ColumnRanks(long[] ids, Map<Long, Integer> rankOfId, ColumnRef[] byRank) {
    this.ids = ids;
    this.rankOfId = rankOfId;
    this.byRank = byRank;
  }

  static ColumnRanks of(Map<Long, ColumnRef> names, Comparator<ColumnRef> order) {
    @SuppressWarnings("unchecked")
    Map.Entry<Long, ColumnRef>[] entries = names.entrySet().toArray(new Map.Entry[0]);
    Arrays.sort(entries, Map.Entry.comparingByValue(order));
    long[] ids = new long[entries.length];
    ColumnRef[] byRank = new ColumnRef[entries.length];
    Map<Long, Integer> rankOfId = new HashMap<>(entries.length * 2);
    for (int r = 0; r < entries.length; r++) {
      ids[r] = entries[r].getKey();
      byRank[r] = entries[r].getValue();
      rankOfId.put(ids[r], r);
    }
    return new ColumnRanks(ids, rankOfId, byRank);
  }

  /** The ids, in rank order. */
  long[] ids() {
    return ids;
  }

  int size() {
    return byRank.length;
  }

  /** The rank of a column of this graph by its id. */
  int rank(long id) {
    Integer rank = rankOfId.get(id);
    if (rank == null) {
      throw new IllegalArgumentException("column " + id + " is not in this graph");
    }
    return rank;
  }

  ColumnRef column(int rank) {
    return byRank[rank];
  }
}
