package org.pactum.streams.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.pactum.streams.Orders;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.core.window.ClosedWindow;
import org.pactum.streams.core.window.WindowPlan;
import org.pactum.streams.core.window.WindowSink;
import org.pactum.streams.core.window.WindowSize;
import org.pactum.streams.registry.RegistrySchemaSource;
import org.pactum.testsupport.TestDatabase;

/**
 * A validator of the orders contract in a JVM of its own, so a test can kill it for real ({@code
 * SIGKILL}): the binding's topology with schemas from the registry on the test's database, run
 * until the process is killed or its standard input closes (the test JVM is gone). Each closed
 * window is appended to a file as a {@link WindowLine}; the Streams state changes are printed.
 *
 * <p>Arguments are {@code name=value}: {@code db}, {@code dbHost}, {@code dbPort}, {@code dbUser},
 * {@code dbPassword}, {@code bootstrap}, {@code input}, {@code valid}, {@code deadLetter}, {@code
 * appId}, {@code stateDir}, {@code windowMillis}, {@code graceMillis}, {@code windows} (the file).
 */
public final class ValidatorProcess {
  private ValidatorProcess() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> a = arguments(args);
    Orders orders =
        new Orders( // registers the orders schemas again: the registry answers with their ids
            new TestDatabase(
                a.get("db"),
                a.get("dbHost"),
                Integer.parseInt(a.get("dbPort")),
                a.get("dbUser"),
                a.get("dbPassword")));
    Binding binding =
        new Binding(orders.contract.id(), a.get("input"), a.get("valid"), a.get("deadLetter"));
    WindowSize size =
        new WindowSize(
            Duration.ofMillis(Long.parseLong(a.get("windowMillis"))),
            Duration.ofMillis(Long.parseLong(a.get("graceMillis"))));
    Properties settings =
        StreamsSettings.of(a.get("appId"), a.get("bootstrap"), Path.of(a.get("stateDir")));
    settings.putAll(fastFailover());
    KafkaStreams streams =
        new KafkaStreams(
            ValidationTopology.build(
                binding,
                new RecordValidator(orders.contract, new RegistrySchemaSource(orders.registry)),
                new WindowPlan(orders.contract, size),
                new WindowFile(Path.of(a.get("windows")))),
            settings);
    streams.setStateListener((now, before) -> System.out.println("validator-process state " + now));
    streams.start();
    while (System.in.read() != -1) {
      // runs until killed, or until the test JVM's end of the pipe closes
    }
    streams.close(Duration.ofSeconds(10));
    System.exit(0);
  }

  /**
   * Consumer settings for a test: a killed instance leaves the group after 6 s (the broker's
   * minimum) instead of 45 s, so the survivor takes its partitions within the test's time.
   */
  static Properties fastFailover() {
    Properties p = new Properties();
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6_000);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1_000);
    return p;
  }

  /** The command line that runs this class with {@code arguments} on the test's class path. */
  static List<String> command(Map<String, String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1"); // starts in seconds less; throughput is not the point
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ValidatorProcess.class.getName());
    arguments.forEach((k, v) -> command.add(k + "=" + v));
    return command;
  }

  private static Map<String, String> arguments(String[] args) {
    Map<String, String> a = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("arguments are name=value, not " + arg);
      }
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    return a;
  }

  /** Appends each closed window to a file, one JSON line, written before the sink returns. */
  private record WindowFile(Path file) implements WindowSink {
    @Override
    public void closed(ClosedWindow window) {
      try {
        Files.writeString(
            file,
            WindowLine.of(window).json() + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException("could not record the closed window " + window, e);
      }
    }
  }
}
