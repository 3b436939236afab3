package org.pactum.api.browser;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.setup.ServletEnvironment;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Installs the browser-safety filters, in the order a request meets them: security headers (so
 * refusals carry them too), the {@code Host} allow-list, the origin check of state-changing
 * requests, the JSON APIs' content types. On the admin port, {@code /tasks/*} get the host and
 * origin checks when {@code edge.adminTasks} is true, and are refused when it is false.
 */
public final class BrowserSafety {
  private BrowserSafety() {}

  public static void install(BrowserSettings settings, Environment environment) {
    Objects.requireNonNull(settings, "settings");
    Refusals refusals = new Refusals(environment.getObjectMapper());
    ServletEnvironment app = environment.servlets();
    add(app, "security-headers", new SecurityHeadersFilter(), "/*");
    add(app, "allowed-hosts", new HostFilter(settings.hosts(), refusals), "/*");
    add(app, "same-origin-writes", new OriginFilter(settings.origins(), refusals), "/*");
    add(app, "json-content-types", new ContentTypeFilter(refusals), "/*");

    ServletEnvironment admin = environment.admin();
    if (settings.adminTasks()) {
      add(
          admin,
          "admin-tasks-allowed-hosts",
          new HostFilter(settings.hosts(), refusals),
          "/tasks/*");
      add(
          admin,
          "admin-tasks-same-origin",
          new OriginFilter(settings.origins(), refusals),
          "/tasks/*");
    } else {
      add(admin, "admin-tasks-off", new AdminTasksFilter(refusals), "/tasks/*");
    }
  }

  private static void add(ServletEnvironment servlets, String name, Filter filter, String path) {
    servlets
        .addFilter(name, filter)
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, path);
  }
}
