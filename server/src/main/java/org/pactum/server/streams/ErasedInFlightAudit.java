package org.pactum.server.streams;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.lineage.erasure.core.AuditLog;
import org.pactum.streams.core.window.ClosedWindow;
import org.pactum.streams.core.window.Counter;
import org.pactum.streams.core.window.WindowSink;
import org.pactum.streams.run.BoundStream;

/**
 * Puts the records a window dropped for erased subjects on the erasure audit trail — how many, of
 * which contract and topic, in which window; never whose — then hands the window on. A window
 * offered twice (an instance died before committing) is recorded twice, with the same window
 * bounds.
 */
public final class ErasedInFlightAudit implements WindowSink {
  /** The audit event's type. */
  public static final String EVENT = "stream_records_dropped";

  private final BoundStream bound;
  private final AuditLog audit;
  private final WindowSink next;

  public ErasedInFlightAudit(BoundStream bound, AuditLog audit, WindowSink next) {
    this.bound = bound;
    this.audit = audit;
    this.next = next;
  }

  @Override
  public void closed(ClosedWindow window) {
    long dropped = window.tally().get(Counter.ERASED);
    if (dropped > 0) {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("contract", bound.contractId());
      detail.put("input_topic", bound.binding().inputTopic());
      detail.put("window_start", window.start().toString());
      detail.put("window_end", window.end().toString());
      detail.put("records", dropped);
      audit.append(null, EVENT, detail);
    }
    next.closed(window);
  }
}
