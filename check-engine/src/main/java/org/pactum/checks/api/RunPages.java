package org.pactum.checks.api;

import java.util.List;
import org.pactum.api.page.Cursor;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.api.page.Paging;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunHistory;

/**
 * Run listings page by keyset (DESIGN.md §5): a cursor holds the last run's time (its start, or its
 * acceptance while queued) and id.
 */
final class RunPages {
  /** {@code GET /api/v1/runs}: 50 runs a page by default, at most 200. */
  static final Paging RUNS = new Paging("runs", 50, RunHistory.MAX_PAGE);

  /** {@code GET /api/v1/contracts/{id}/results}: 20 runs a page by default, at most 200. */
  static final Paging RESULTS = new Paging("contract-results", 20, RunHistory.MAX_PAGE);

  private RunPages() {}

  static PageRequest request(Paging paging, String limit, String next) {
    return PageRequest.of(paging, 2, limit, next);
  }

  /** Where the page starts: after the cursor's run, or null for the first page. */
  static RunHistory.Position after(PageRequest request) {
    Cursor c = request.after();
    return c == null ? null : new RunHistory.Position(c.instant(0), c.text(1));
  }

  static Page<Run> page(PageRequest request, List<Run> fetched) {
    return request.page(
        "runs",
        fetched,
        r -> {
          RunHistory.Position p = RunHistory.Position.of(r);
          return List.of(p.at().toString(), p.runId());
        });
  }
}
