package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;

/** The page for a contract or run that does not exist, {@code templates/not-found.ftlh}. */
public final class NotFoundView extends View {
  private final String what;

  NotFoundView(String what) {
    super("/templates/not-found.ftlh", StandardCharsets.UTF_8);
    this.what = what;
  }

  public String getWhat() {
    return what;
  }
}
