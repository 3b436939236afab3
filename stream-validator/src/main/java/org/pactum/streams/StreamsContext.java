package org.pactum.streams;

import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.kafka.streams.Topology;
import org.pactum.registry.core.contract.CurrentCatalog;
import org.pactum.streams.api.StreamsResource;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.privacy.ErasedSubjects;
import org.pactum.streams.core.privacy.InFlightErasure;
import org.pactum.streams.core.schema.SchemaSource;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.core.validate.WriterSubjects;
import org.pactum.streams.core.window.WindowPlan;
import org.pactum.streams.core.window.WindowSink;
import org.pactum.streams.core.window.WindowSize;
import org.pactum.streams.run.BoundStream;
import org.pactum.streams.run.CatalogBindings;
import org.pactum.streams.run.KafkaSettings;
import org.pactum.streams.run.StreamValidators;
import org.pactum.streams.run.WindowHistory;
import org.pactum.streams.topology.ValidationTopology;

/**
 * The stream validators' object graph, built by hand: the bindings (the catalog and config) → per
 * binding, a validator over the writer schemas and the contract, its window plan and the sink the
 * server gives (the check result log) → the topology → the validators' lifecycle → the API. With no
 * Kafka configured, nothing runs and the API says so.
 *
 * @param validators the running validators, empty when streams are off
 */
public record StreamsContext(
    Optional<StreamValidators> validators, WindowSize windowSize, StreamsResource resource) {

  /**
   * @param home where the state directory is by default ({@code <home>/streams})
   * @param schemas the writer schemas by id
   * @param erased the erased data subjects, whose records are dropped in flight
   * @param sinks where a binding's closed windows go, given its window plan
   * @param history the recorded windows, for the API
   */
  public static StreamsContext build(
      StreamsConfig config,
      Path home,
      CurrentCatalog catalog,
      SchemaSource schemas,
      ErasedSubjects erased,
      BiFunction<BoundStream, WindowPlan, WindowSink> sinks,
      WindowHistory history,
      Clock clock) {
    WindowSize size =
        new WindowSize(
            Duration.ofMillis(config.getWindow().toMilliseconds()),
            Duration.ofMillis(config.getGrace().toMilliseconds()));
    Optional<StreamValidators> validators = Optional.empty();
    if (config.enabled()) {
      Map<String, Binding> configured = new LinkedHashMap<>();
      for (StreamsConfig.BindingConfig b : config.getBindings()) {
        configured.put(
            b.getContract(),
            new Binding(
                b.getContract(), b.getInput(), b.getValid(), b.getDeadLetter(), b.getKeyColumn()));
      }
      Path state =
          config.getStateDirectory().isBlank()
              ? home.resolve("streams")
              : home.resolve(config.getStateDirectory());
      KafkaSettings kafka =
          new KafkaSettings(
              config.getBootstrapServers(),
              config.getClientProperties(),
              config.getApplicationIdPrefix(),
              state);
      validators =
          Optional.of(
              new StreamValidators(
                  new CatalogBindings(catalog, configured, Set.copyOf(config.getContracts())),
                  bound -> topology(bound, schemas, erased, size, sinks),
                  kafka,
                  Duration.ofMillis(config.getReconcileInterval().toMilliseconds()),
                  clock));
    }
    return new StreamsContext(
        validators, size, new StreamsResource(validators, history, config.getDeadLetterSamples()));
  }

  private static Topology topology(
      BoundStream bound,
      SchemaSource schemas,
      ErasedSubjects erased,
      WindowSize size,
      BiFunction<BoundStream, WindowPlan, WindowSink> sinks) {
    RecordValidator validator =
        new RecordValidator(
            bound.contract(),
            schemas,
            WriterSubjects.of(bound.contract(), bound.binding().inputTopic()));
    WindowPlan plan = new WindowPlan(bound.contract(), size);
    return ValidationTopology.build(
        bound.binding(),
        validator,
        plan,
        sinks.apply(bound, plan),
        InFlightErasure.of(bound.contract(), bound.binding().keyColumn(), erased));
  }

  public List<Object> resources() {
    return List.of(resource);
  }

  /** What runs with the server: the validators, when Kafka is configured. */
  public List<Managed> managed() {
    return validators
        .<List<Managed>>map(
            v ->
                List.of(
                    new Managed() {
                      @Override
                      public void start() {
                        v.start();
                      }

                      @Override
                      public void stop() {
                        v.close();
                      }
                    }))
        .orElse(List.of());
  }
}
