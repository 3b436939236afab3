package org.pactum.alerts;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pactum.alerts.core.AlertRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every {@code alerts.delivery.reminderSweep}, asks the router for the reminders that are due. */
public final class ReminderSweep implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderSweep.class);

  private final AlertRouter router;
  private final Duration every;
  private ScheduledExecutorService sweeper;

  public ReminderSweep(AlertRouter router, Duration every) {
    this.router = router;
    this.every = every;
  }

  @Override
  public synchronized void start() {
    long ms = Math.max(1, every.toMillis());
    sweeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "alerts-reminders");
              t.setDaemon(true);
              return t;
            });
    sweeper.scheduleWithFixedDelay(this::sweep, ms, ms, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
  }

  private void sweep() {
    try {
      int n = router.remindDue();
      if (n > 0) {
        LOG.atInfo()
            .addKeyValue("event", "alert_reminders_due")
            .addKeyValue("incidents", n)
            .log("alert reminders due");
      }
    } catch (RuntimeException e) {
      LOG.atError()
          .addKeyValue("event", "alert_reminder_sweep_failed")
          .addKeyValue("error", e.getClass().getSimpleName())
          .setCause(e)
          .log("alert reminder sweep failed");
    }
  }
}
