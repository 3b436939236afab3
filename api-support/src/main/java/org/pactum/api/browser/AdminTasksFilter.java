package org.pactum.api.browser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses the admin port's tasks ({@code /tasks/log-level}, {@code /tasks/gc}, …) while {@code
 * edge.adminTasks} is false; mapped on {@code /tasks/*} only, so health checks and metrics stay
 * readable.
 */
final class AdminTasksFilter extends HttpFilter {
  private final Refusals refusals;

  AdminTasksFilter(Refusals refusals) {
    this.refusals = refusals;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException {
    refusals.send(
        req,
        res,
        Refusal.ADMIN_TASKS_OFF,
        "admin tasks are off; an operator turns them on with edge.adminTasks: true");
  }
}
