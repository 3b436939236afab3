package org.pactum.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.pactum.access.AccessContext;
import org.pactum.alerts.AlertsContext;
import org.pactum.api.auth.filter.AuthenticationFilter;
import org.pactum.api.auth.filter.PublicPaths;
import org.pactum.checks.ChecksContext;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.contracts.ContractLoader;
import org.pactum.lineage.LineageContext;
import org.pactum.lineage.erasure.ErasureContext;
import org.pactum.registry.RegistryContext;
import org.pactum.server.alerts.CheckRunAlerts;
import org.pactum.server.alerts.CheckRunSignals;
import org.pactum.server.catalog.CatalogContractSource;
import org.pactum.server.catalog.ContractFolders;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.privacy.ErasureOverdueSignals;
import org.pactum.server.privacy.ErasureRequestEvents;
import org.pactum.server.privacy.GraphPiiLineage;
import org.pactum.server.privacy.SuppressionList;
import org.pactum.server.streams.ErasedInFlightAudit;
import org.pactum.server.streams.RecordedWindows;
import org.pactum.server.streams.StreamWindowRuns;
import org.pactum.server.ui.AuditUiResource;
import org.pactum.server.ui.ContractHistoryUiResource;
import org.pactum.server.ui.ContractLineage;
import org.pactum.server.ui.ErasuresUiResource;
import org.pactum.server.ui.IncidentsUiResource;
import org.pactum.server.ui.LineageUiResource;
import org.pactum.server.ui.SignInResource;
import org.pactum.server.ui.SignOutResource;
import org.pactum.server.ui.StreamsUiResource;
import org.pactum.server.ui.UiResource;
import org.pactum.streams.StreamsContext;
import org.pactum.streams.registry.RegistrySchemaSource;

/**
 * Pactum's whole object graph, built by hand in one place, top to bottom in the order data flows:
 * identity and access (who is calling, asked at the edge before anything else) → the registry and
 * its one catalog (with the contracts folders publishing into it) → the alert router → the check
 * engine reading the catalog, its stored runs handed to the router → lineage → erasure, planned
 * over the catalog and the lineage graph, its overdue requests alerting → the stream validators,
 * their windows judged by the check engine and erased subjects dropped in flight → the UI's pages
 * over all of them. Each module's context builds its own stores, services and resources from the
 * concrete values given here; {@link PactumApplication#run} registers them.
 *
 * @param erasureEvents erasure requests arriving as events, when a topic is configured
 * @param pages the UI's page resources
 */
public record PactumContext(
    AccessContext access,
    RegistryContext registry,
    ContractFolders folders,
    AlertsContext alerts,
    CheckRunAlerts runAlerts,
    ChecksContext checks,
    StreamsContext streams,
    Optional<ErasureRequestEvents> erasureEvents,
    LineageContext lineage,
    ErasureContext erasure,
    List<Object> pages) {

  /**
   * @param jdbi Pactum's own store, migrated, with the SqlObject plugin
   * @param datasources the warehouses by name (a name it does not know → null)
   * @param contractPaths the contracts folders (resolved against the Pactum home)
   * @param erasureSecret where the generated erasure secret is kept when none is configured
   * @param home the Pactum home (the streams' state directory is under it by default)
   */
  public static PactumContext build(
      PactumConfiguration config,
      Jdbi jdbi,
      Function<String, DataSource> datasources,
      List<Path> contractPaths,
      Path erasureSecret,
      Path home,
      ObjectMapper mapper,
      Clock clock) {
    AccessContext access = AccessContext.build(jdbi, config.getAuth(), clock);

    // the registry: a contract deleted for good takes its quality history along, in one transaction
    JdbiCheckStore qualityHistory = new JdbiCheckStore(jdbi);
    RegistryContext registry =
        RegistryContext.build(
            jdbi, config.getRegistry().toSettings(), mapper, qualityHistory::forgetContract, clock);
    // the folders are one more publisher into the one catalog; every consumer reads the catalog
    ContractFolders folders =
        new ContractFolders(
            new ContractLoader(), registry.contracts(), registry.lifecycle(), contractPaths);

    AlertsContext alerts = AlertsContext.build(jdbi, config.getAlerts(), clock);

    CatalogContractSource contracts = new CatalogContractSource(registry.catalog());
    CheckRunAlerts runAlerts =
        new CheckRunAlerts(
            new CheckRunSignals(contracts, config.getAlerts().publicUrl), alerts.router());
    ChecksContext checks =
        ChecksContext.build(
            jdbi, config.getChecks().toSettings(), datasources, contracts, runAlerts, clock);

    LineageContext lineage =
        new LineageContext(
            jdbi, config.getLineage(), ContractLineage.lookup(registry.catalog()), clock);

    ErasureContext erasure =
        new ErasureContext(
            jdbi,
            config.getErasure(),
            erasureSecret,
            datasources,
            // erasure plans cover the contracts in force: active and deprecated
            () -> registry.catalog().checked().stream().map(c -> c.loaded().contract()).toList(),
            new GraphPiiLineage(lineage.service()),
            new ErasureOverdueSignals(alerts.router()::accept, config.getAlerts().publicUrl, clock),
            clock);

    RecordedWindows streamWindows = new RecordedWindows(checks.history(), qualityHistory);
    // the stream validators: each closed window is a run of the same engine, alerting the same way;
    // records of subjects on erasure's suppression list are dropped in flight
    StreamsContext streams =
        StreamsContext.build(
            config.getStreams(),
            home,
            registry.catalog(),
            new RegistrySchemaSource(registry.registry()),
            new SuppressionList(erasure.store(), erasure.hasher(), SUPPRESSION_REFRESH, clock),
            (bound, plan) ->
                new ErasedInFlightAudit(
                    bound, erasure.audit(), new StreamWindowRuns(bound, plan, checks.measured())),
            streamWindows,
            clock);

    // erasure requests may also arrive as events on a topic of the same cluster
    Optional<ErasureRequestEvents> erasureEvents =
        streams
            .validators()
            .filter(v -> !config.getStreams().getErasureRequestsTopic().isBlank())
            .map(
                v ->
                    new ErasureRequestEvents(
                        v.kafka(),
                        config.getStreams().getErasureRequestsTopic(),
                        erasure.service()));

    ContractLineage contractLineage = new ContractLineage(registry.catalog(), lineage.service());
    ContractHistoryUiResource contractHistory = new ContractHistoryUiResource(registry.contracts());
    List<Object> pages =
        List.of(
            new UiResource(
                registry.catalog(),
                folders,
                checks.history(),
                contractLineage,
                contractHistory::versionsOf),
            contractHistory,
            new IncidentsUiResource(registry.catalog(), alerts.reads(), clock),
            new LineageUiResource(contractLineage),
            new ErasuresUiResource(erasure.store(), erasure.audit(), clock),
            new SignInResource(
                access.settings().mode(),
                access.sessions(),
                access.tokens(),
                access.oidcSignIn(),
                access.attempts(),
                clock),
            new SignOutResource(access.sessions()),
            new AuditUiResource(access.audit()),
            new StreamsUiResource(
                streams.validators(), streamWindows, config.getStreams().getDeadLetterSamples()));
    return new PactumContext(
        access,
        registry,
        folders,
        alerts,
        runAlerts,
        checks,
        streams,
        erasureEvents,
        lineage,
        erasure,
        pages);
  }

  /**
   * What anyone may request without credentials: the UI's static assets (its stylesheet) and its
   * sign-in ({@code /ui/login}, the OpenID callback below it). The API is never public.
   */
  /** How soon an erasure reaches the stream validators' cached suppression list. */
  static final Duration SUPPRESSION_REFRESH = Duration.ofSeconds(30);

  public static final PublicPaths PUBLIC_PATHS = PublicPaths.of("/ui/assets", "/ui/login");

  /** The edge's authentication filter, for Jersey: who is calling, before any resource. */
  public AuthenticationFilter authenticationFilter() {
    return access.authenticationFilter(PUBLIC_PATHS);
  }

  /** Every module's API resources and exception mappers, then the UI's pages, for Jersey. */
  public List<Object> resources() {
    List<Object> all = new ArrayList<>();
    all.addAll(access.resources());
    all.addAll(registry.resources());
    all.addAll(alerts.resources());
    all.addAll(checks.resources());
    all.addAll(streams.resources());
    all.addAll(lineage.resources());
    all.addAll(erasure.resources());
    all.addAll(pages);
    return List.copyOf(all);
  }
}
