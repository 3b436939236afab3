package org.pactum.server.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pactum.alerts.AlertsConfig;
import org.pactum.alerts.ReceiverRegistry;
import org.pactum.alerts.core.Owner;
import org.pactum.alerts.core.RouteMatch;
import org.pactum.alerts.core.Router;
import org.pactum.alerts.core.Severity;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.model.DataContract;
import org.pactum.server.config.ConfigLoader;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.config.PactumHome;
import org.pactum.server.config.PactumSourceProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pactum alerts …}: the alert router. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = "The alert router.",
    subcommands = {AlertsCommand.Route.class, AlertsSilenceCommand.class})
final class AlertsCommand {

  /**
   * {@code pactum alerts route --contract ID --check NAME --severity S [CONFIG]}: which routes and
   * receivers a failure would reach, from the configuration file and the contract files alone (no
   * server), like {@code amtool config routes test}.
   */
  @Command(
      name = "route",
      mixinStandardHelpOptions = true,
      description = {
        "Print the receivers a failing check would notify, from the config file (offline).",
        "The contract's owner, team and tags come from the contract files the config names;"
            + " options override them. Exit 0, or 2 on bad input."
      })
  static final class Route implements Callable<Integer> {
    @Option(names = "--contract", required = true, paramLabel = "ID", description = "Contract id.")
    String contract;

    @Option(names = "--check", required = true, paramLabel = "NAME", description = "Check name.")
    String check;

    @Option(
        names = "--severity",
        required = true,
        paramLabel = "S",
        description = "critical, error, warning or info.")
    String severity;

    @Option(names = "--team", paramLabel = "TEAM", description = "Owner team (overrides).")
    String team;

    @Option(names = "--dataset", paramLabel = "KEY", description = "Dataset key (overrides).")
    String dataset;

    @Option(names = "--tag", paramLabel = "TAG", description = "A contract tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "CONFIG",
        description = "Configuration file (default: the built-in server/config/pactum.yml).")
    String config = PactumSourceProvider.DEFAULT;

    @Override
    public Integer call() throws Exception {
      Severity s;
      try {
        s = Severity.parse("--severity", severity);
      } catch (IllegalArgumentException e) {
        System.err.println("pactum: " + e.getMessage());
        return ExitCodes.INPUT_ERROR;
      }
      PactumConfiguration configuration = ConfigLoader.load(config);
      AlertsConfig alerts = configuration.getAlerts();
      Router router;
      ReceiverRegistry receivers;
      try {
        router = new Router(alerts.toRoute());
        receivers = alerts.toReceivers();
      } catch (IllegalArgumentException e) {
        System.err.println("pactum: " + e.getMessage());
        return ExitCodes.INPUT_ERROR;
      }
      Optional<DataContract> c = findContract(configuration);
      Owner owner =
          c.map(DataContract::owner)
              .map(o -> new Owner(o.team(), o.email(), o.slack(), o.pagerduty()))
              .orElse(Owner.NONE);
      if (team != null) {
        owner = new Owner(team, owner.email(), owner.slack(), owner.pagerduty());
      }
      String key =
          dataset != null
              ? dataset
              : c.map(DataContract::dataset)
                  .map(d -> d.datasource() + ":" + d.table())
                  .orElse(null);
      List<String> allTags = new ArrayList<>(tags);
      if (tags.isEmpty()) {
        c.ifPresent(x -> allTags.addAll(x.tags()));
      }
      Signal signal =
          new Signal(
              "cli",
              contract,
              key,
              check,
              null,
              SignalStatus.FAIL,
              s,
              owner,
              allTags,
              null,
              null,
              null,
              null,
              Instant.now());
      List<RouteMatch> hits = router.matches(signal);
      RouteMatch merged = router.route(signal);
      System.out.println(
          merged.receivers().isEmpty() ? "(no receivers)" : String.join(",", merged.receivers()));
      if (c.isEmpty()) {
        System.out.println(
            "  note: contract "
                + contract
                + " not found in the contract files; owner channels unknown");
      }
      for (RouteMatch m : hits) {
        System.out.printf(
            "  route %s → %s (critical after %d, resolve after %d, remind every %s)%n",
            m.path(),
            m.receivers().isEmpty() ? "(none)" : String.join(", ", m.receivers()),
            m.policy().criticalAfter(),
            m.policy().resolveAfter(),
            m.policy().repeatInterval().isZero() ? "never" : m.policy().repeatInterval());
      }
      for (String r : merged.receivers()) {
        if (!receivers.hasEndpoint(r)) {
          System.out.println(
              "  no endpoint configured for receiver "
                  + r
                  + ": its notifications are recorded as undeliverable");
        }
      }
      return ExitCodes.OK;
    }

    private Optional<DataContract> findContract(PactumConfiguration configuration) {
      PactumHome home = PactumHome.fromEnvironment(System.getenv());
      List<Path> paths =
          configuration.getContracts().getPaths().stream().map(home::resolve).toList();
      try {
        return new ContractLoader()
            .loadAll(paths).contracts().stream()
                .map(LoadedContract::contract)
                .filter(x -> x.id().equals(contract))
                .findFirst();
      } catch (java.io.IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
