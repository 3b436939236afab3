package org.pactum.lineage.erasure.core;

import java.util.List;

/** The datasets an erasure request will touch, and the gaps it cannot cover. */
public record ErasurePlan(List<PlannedDataset> datasets, List<PlanGap> gaps) {
  public ErasurePlan {
    datasets = List.copyOf(datasets);
    gaps = List.copyOf(gaps);
  }
}
