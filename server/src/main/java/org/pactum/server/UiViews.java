package org.pactum.server;

import freemarker.template.Configuration;
import io.dropwizard.views.common.ViewBundle;
import io.dropwizard.views.freemarker.FreemarkerViewRenderer;
import java.util.List;
import java.util.Map;
import org.pactum.api.auth.filter.AuthMode;
import org.pactum.server.config.PactumConfiguration;

/**
 * The UI's FreeMarker views. With {@code auth.mode: none}, every page first includes {@value
 * #AUTH_OFF}, which sets the global {@code pactumAuthOff}: the layout then shows a banner saying
 * authentication is off.
 */
final class UiViews extends ViewBundle<PactumConfiguration> {
  /** The template every page includes when authentication is off. */
  static final String AUTH_OFF = "/templates/auth-off.ftlh";

  UiViews() {
    super(List.of(new FreemarkerViewRenderer(Configuration.VERSION_2_3_34)));
  }

  @Override
  public Map<String, Map<String, String>> getViewConfiguration(PactumConfiguration config) {
    // the section checked: a bad field fails the start naming it
    boolean off = config.getAuth().toSettings().mode() == AuthMode.NONE;
    return off ? Map.of("freemarker", Map.of("auto_include", "\"" + AUTH_OFF + "\"")) : Map.of();
  }
}
