package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;

/** The page for a request a page cannot answer as asked, {@code templates/bad-request.ftlh}. */
public final class BadRequestView extends View {
  private final String what;
  private final String contractId;

  /**
   * @param contractId the contract whose page the request was for: the page links back to it
   */
  BadRequestView(String what, String contractId) {
    super("/templates/bad-request.ftlh", StandardCharsets.UTF_8);
    this.what = what;
    this.contractId = contractId;
  }

  public String getWhat() {
    return what;
  }

  public String getContractId() {
    return contractId;
  }
}
