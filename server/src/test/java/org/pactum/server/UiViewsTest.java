package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.Configuration;
import io.dropwizard.views.common.View;
import io.dropwizard.views.freemarker.FreemarkerViewRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pactum.server.config.PactumConfiguration;

/** A page whose template fails is an error, never FreeMarker's debug page with a stack trace. */
class UiViewsTest {
  static final class Broken extends View {
    Broken() {
      super("/templates/test-broken.ftlh", StandardCharsets.UTF_8);
    }
  }

  @Test
  void aTemplateErrorIsRethrownNotRenderedWithItsStackTrace() {
    FreemarkerViewRenderer renderer = new FreemarkerViewRenderer(Configuration.VERSION_2_3_34);
    renderer.configure(
        new UiViews().getViewConfiguration(new PactumConfiguration()).get("freemarker"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> renderer.render(new Broken(), Locale.ROOT, out))
        .hasStackTraceContaining("missing");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("FreeMarker template error");
  }
}
