package org.pactum.server;

import freemarker.template.Configuration;
import io.dropwizard.views.common.ViewBundle;
import io.dropwizard.views.freemarker.FreemarkerViewRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.api.auth.filter.AuthMode;
import org.pactum.server.config.PactumConfiguration;

/**
 * The UI's FreeMarker views. A template that fails is rethrown (the edge answers a bare 500), never
 * rendered as FreeMarker's debug page. With {@code auth.mode: none}, every page first includes
 * {@value #AUTH_OFF}, which sets the global {@code pactumAuthOff}: the layout then shows a banner
 * saying authentication is off.
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
    Map<String, String> freemarker = new LinkedHashMap<>();
    // a template error is an error (a 500 without detail), never FreeMarker's debug page with
    // the template source and a stack trace
    freemarker.put("template_exception_handler", "rethrow");
    if (off) {
      freemarker.put("auto_include", "\"" + AUTH_OFF + "\"");
    }
    return Map.of("freemarker", freemarker);
  }
}
