package org.pactum.server.demo;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.pactum.lineage.erasure.ErasureContext;
import org.pactum.lineage.erasure.core.ErasureRequest;
import org.pactum.lineage.erasure.core.ErasureService;
import org.pactum.lineage.erasure.core.RequestStatus;

/**
 * The demo's right-to-erasure request: customer {@value #SUBJECT} asks to be forgotten, and the
 * request runs to completion across the example contracts' datasets ({@code crm.customers}, {@code
 * public.orders}, {@code payments.payment}), leaving its audit trail. It waits for the execution,
 * so the request is completed (or failed) before the server starts serving.
 */
public final class DemoErasure {
  /** The demo's data subject (a customer id of the demo warehouse). */
  public static final String SUBJECT = "c-00042";

  private final ErasureContext erasure;
  private final Consumer<String> console;

  public DemoErasure(ErasureContext erasure, Consumer<String> console) {
    this.erasure = erasure;
    this.console = console;
  }

  public ErasureRequest run() {
    ErasureService.Submitted s =
        erasure
            .service()
            .submit(
                "customer", SUBJECT, "dpo@example.com", "GDPR art. 17(1)(b): consent withdrawn");
    RequestStatus status;
    try {
      status = s.execution().get(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the demo erasure ran", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the demo erasure did not finish", e);
    }
    ErasureRequest r = erasure.service().find(s.request().requestId());
    console.accept(
        "Erasure request "
            + r.requestId()
            + " (a customer asked to be forgotten): "
            + status
            + ", "
            + erasure.store().datasets(r.requestId()).size()
            + " datasets; audit trail at /api/v1/erasure-requests/"
            + r.requestId()
            + "/audit");
    return r;
  }
}
