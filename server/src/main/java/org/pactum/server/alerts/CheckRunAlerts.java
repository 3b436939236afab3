package org.pactum.server.alerts;

import java.util.function.Consumer;
import org.pactum.alerts.core.AlertRouter;
import org.pactum.checks.run.RunResult;

/**
 * The hand-off from the check engine to the alert router: each stored run's result, adapted to
 * signals by {@link CheckRunSignals}, goes to the router (route → escalate → mute → notify).
 */
public final class CheckRunAlerts implements Consumer<RunResult> {
  private final CheckRunSignals signals;
  private final AlertRouter router;

  public CheckRunAlerts(CheckRunSignals signals, AlertRouter router) {
    this.signals = signals;
    this.router = router;
  }

  @Override
  public void accept(RunResult result) {
    router.accept(signals.of(result));
  }
}
