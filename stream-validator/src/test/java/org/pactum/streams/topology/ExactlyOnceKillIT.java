package org.pactum.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.streams.Orders;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.window.WindowSize;
import org.pactum.streams.topology.OrderTraffic.Sent;
import org.pactum.testsupport.KafkaExtension;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;
import org.pactum.testsupport.TestKafka;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once across a {@code kill -9}: a validator in its own JVM is killed ({@code SIGKILL})
 * while orders keep coming, a second instance with the same application id and an empty state
 * directory (its window counts restored from the changelog) takes over, and then every valid order
 * is on the valid topic once, every bad one on the dead-letter topic once, as a {@code
 * read_committed} consumer reads them — by key and byte for byte — and every window's counts hold
 * each record once.
 */
@ExtendWith({PostgresExtension.class, KafkaExtension.class})
class ExactlyOnceKillIT {
  private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnceKillIT.class);
  private static final int ORDERS = 22_000; // 20,000 valid, 2,000 bad
  private static final int PER_SECOND = 2_000;
  private static final int KILL_AFTER_VALID = 4_000;
  private static final int PARTITIONS = 2;
  private static final WindowSize WINDOWS =
      new WindowSize(Duration.ofSeconds(2), Duration.ofMillis(500));
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void aKilledValidatorLosesAndDuplicatesNothing(
      TestDatabase db, TestKafka kafka, @TempDir Path dir) throws Exception {
    Orders orders = new Orders(db);
    Binding binding =
        new Binding(
            orders.contract.id(),
            kafka.newTopic("kill-orders", PARTITIONS),
            kafka.newTopic("kill-orders.valid", PARTITIONS),
            kafka.newTopic("kill-orders.dlq", 1));
    long start = WINDOWS.startOf(Instant.now().minus(Duration.ofHours(1)).toEpochMilli());
    OrderTraffic orderTraffic = OrderTraffic.of(orders, ORDERS, start);
    OrderTraffic traffic =
        orderTraffic
            .closedBy(orders, "closer-1", start + 30_000, PARTITIONS)
            .closedBy(orders, "closer-2", start + 40_000, PARTITIONS);
    List<Sent> closers = traffic.records().subList(ORDERS, traffic.records().size());

    Map<String, String> arguments = new LinkedHashMap<>();
    arguments.put("db", db.name());
    arguments.put("dbHost", db.host());
    arguments.put("dbPort", Integer.toString(db.port()));
    arguments.put("dbUser", db.user());
    arguments.put("dbPassword", db.password());
    arguments.put("bootstrap", kafka.bootstrapServers());
    arguments.put("input", binding.inputTopic());
    arguments.put("valid", binding.validTopic());
    arguments.put("deadLetter", binding.deadLetterTopic());
    arguments.put("appId", "eos-kill-" + binding.inputTopic());
    arguments.put("windowMillis", Long.toString(WINDOWS.size().toMillis()));
    arguments.put("graceMillis", Long.toString(WINDOWS.grace().toMillis()));

    List<Process> started = new ArrayList<>();
    try (PacedProducer producer =
            new PacedProducer(kafka.bootstrapServers(), binding.inputTopic(), WAIT);
        CommittedTopic valid =
            new CommittedTopic(kafka.bootstrapServers(), binding.validTopic(), PARTITIONS);
        CommittedTopic dead =
            new CommittedTopic(kafka.bootstrapServers(), binding.deadLetterTopic(), 1);
        CommittedTopic input =
            new CommittedTopic(kafka.bootstrapServers(), binding.inputTopic(), PARTITIONS)) {
      long aStarted = System.nanoTime();
      Instance a = Instance.start(arguments, dir, "a", started);
      assertThat(pollUntil(() -> a.log().contains("state RUNNING"), WAIT))
          .as("instance A running within %s; its log:%n%s", WAIT, a.log())
          .isTrue();
      long aRunning = System.nanoTime();
      CompletableFuture<Void> producing = producer.send(orderTraffic.records(), PER_SECOND);

      assertThat(valid.pollUntil(keys -> keys.size() >= KILL_AFTER_VALID, WAIT))
          .as(
              "instance A passed %d orders within %s; its log:%n%s",
              KILL_AFTER_VALID, WAIT, a.log())
          .isTrue();
      long killedAt = System.nanoTime();
      a.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      assertThat(a.process().isAlive()).as("instance A killed").isFalse();
      valid.settle(Duration.ofSeconds(1)); // what A committed before it died
      int passedByA = valid.keys().size();
      assertThat(passedByA).as("A was killed mid-stream").isLessThan(traffic.routedTo(true).size());
      int acknowledgedAtKill = producer.acknowledged();

      Instance b = Instance.start(arguments, dir, "b", started);
      assertThat(pollUntil(() -> b.log().contains("state RUNNING"), WAIT))
          .as("instance B running within %s; its log:%n%s", WAIT, b.log())
          .isTrue();
      long bRunning = System.nanoTime();
      boolean resumed = valid.pollUntil(keys -> keys.size() > passedByA, WAIT);
      long resumedAt = System.nanoTime();
      assertThat(resumed)
          .as("instance B passed orders after A's kill within %s; its log:%n%s", WAIT, b.log())
          .isTrue();

      producing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      producer.sendNow(closers);
      assertThat(producer.failures()).as("sends that failed").isEmpty();

      List<Sent> passes = traffic.routedTo(true);
      List<Sent> fails = traffic.routedTo(false);
      boolean allValid = valid.pollUntil(keys -> keys.size() >= passes.size(), WAIT);
      boolean allDead = dead.pollUntil(keys -> keys.size() >= fails.size(), WAIT);
      Map<Long, WindowLine> expected = traffic.windows(WINDOWS);
      List<Long> dataWindows = orderTraffic.windows(WINDOWS).keySet().stream().toList();
      boolean allClosed =
          pollUntil(() -> closedWindows(dir).keySet().containsAll(dataWindows), WAIT);
      valid.settle(Duration.ofSeconds(2));
      dead.settle(Duration.ofMillis(500));
      input.pollUntil(keys -> keys.size() >= traffic.records().size(), WAIT);
      input.settle(Duration.ofMillis(500));
      long done = System.nanoTime();
      LOG.atInfo()
          .addKeyValue("event", "eos_kill_observed")
          .addKeyValue("passed_before_kill", passedByA)
          .addKeyValue("produced_before_kill", acknowledgedAtKill)
          .addKeyValue("a_running_after_ms", millis(aStarted, aRunning))
          .addKeyValue("b_running_after_kill_ms", millis(killedAt, bRunning))
          .addKeyValue("resumed_after_kill_ms", TimeUnit.NANOSECONDS.toMillis(resumedAt - killedAt))
          .addKeyValue("done_after_kill_ms", TimeUnit.NANOSECONDS.toMillis(done - killedAt))
          .addKeyValue("valid_seen", valid.records().size())
          .addKeyValue("dead_letters_seen", dead.records().size())
          .addKeyValue("windows_closed_by_a", WindowLine.read(a.windows()).size())
          .addKeyValue("windows_closed_by_b", WindowLine.read(b.windows()).size())
          .log("validator killed and replaced");
      String logs = "\nA's log:\n" + a.log() + "\nB's log:\n" + b.log();

      Delivery in = Delivery.of(input.topic(), traffic.records(), input.records());
      assertThat(in.exactlyOnce()).as("the input holds each order once: %s", in).isTrue();
      Delivery out = Delivery.of(valid.topic(), passes, valid.records());
      assertThat(out.exactlyOnce()).as("valid topic: %s%s", out, logs).isTrue();
      assertThat(allValid).isTrue();
      Delivery deadLetters = Delivery.of(dead.topic(), fails, dead.records());
      assertThat(deadLetters.exactlyOnce()).as("dead-letter topic: %s", deadLetters).isTrue();
      assertThat(allDead).isTrue();

      assertThat(allClosed)
          .as("every window of the orders closed; closed: %s%s", closedWindows(dir), logs)
          .isTrue();
      Map<Long, WindowLine> closed = closedWindows(dir);
      Map<String, Integer> partitionOfKey = new HashMap<>();
      input.records().forEach(r -> partitionOfKey.put(new String(r.key()), r.partition()));
      WindowParts parts = WindowParts.of(traffic.records(), partitionOfKey, WINDOWS);
      List<String> dropped = new ArrayList<>();
      for (Long window : dataWindows) {
        WindowLine line = closed.get(window);
        Optional<Set<Integer>> counted = parts.counted(line);
        assertThat(counted)
            .as(
                "window %s is the sum of whole task parts %s, none counted twice or in part: %s",
                Instant.ofEpochMilli(window), parts.of(window), line)
            .isPresent();
        parts
            .of(window)
            .forEach(
                (partition, part) -> {
                  if (!counted.get().contains(partition)) {
                    dropped.add(
                        Instant.ofEpochMilli(window) + " p" + partition + " " + part.records());
                  }
                });
      }
      LOG.atInfo()
          .addKeyValue("event", "eos_kill_windows")
          .addKeyValue("windows", dataWindows.size())
          .addKeyValue(
              "exact",
              dataWindows.size() - dropped.stream().map(d -> d.split(" ")[0]).distinct().count())
          .addKeyValue("parts_dropped_as_late", dropped)
          .addKeyValue("offered_again_with_other_counts", reclosedDifferently(dir))
          .log("closed windows compared with what each task counted");
      assertThat(dataWindows).as("no window but the orders' closed").containsAll(closed.keySet());
    } finally {
      for (Process p : started) {
        p.destroyForcibly();
      }
    }
  }

  private static long millis(long from, long to) {
    return TimeUnit.NANOSECONDS.toMillis(to - from);
  }

  /** The last counts offered for each window, by A then by B. */
  private static Map<Long, WindowLine> closedWindows(Path dir) {
    Map<Long, WindowLine> last = new TreeMap<>();
    for (String name : List.of("a", "b")) {
      WindowLine.read(Instance.windowsFile(dir, name)).forEach(w -> last.put(w.start(), w));
    }
    return last;
  }

  /**
   * Windows offered more than once (by A before its kill, again by B) with other counts: A's offer
   * was not committed, and B, replaying from the last commit, may interleave the tasks' parts
   * otherwise. The sink replaces the run; the last offer is what counts.
   */
  private static List<String> reclosedDifferently(Path dir) {
    Map<Long, WindowLine> first = new TreeMap<>();
    List<String> differing = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      for (WindowLine w : WindowLine.read(Instance.windowsFile(dir, name))) {
        WindowLine before = first.putIfAbsent(w.start(), w);
        if (before != null && !before.equals(w)) {
          differing.add(before + " then " + w);
        }
      }
    }
    return differing;
  }

  private static boolean pollUntil(java.util.function.BooleanSupplier done, Duration max)
      throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!done.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    return done.getAsBoolean();
  }

  /** One validator process: its own state directory, log file and file of closed windows. */
  private record Instance(Process process, Path logFile, Path windows) {
    static Instance start(
        Map<String, String> arguments, Path dir, String name, List<Process> started)
        throws IOException {
      Path state = Files.createDirectories(dir.resolve("state-" + name));
      Path log = dir.resolve(name + ".log");
      Map<String, String> own = new LinkedHashMap<>(arguments);
      own.put("stateDir", state.toString());
      own.put("windows", windowsFile(dir, name).toString());
      Process p =
          new ProcessBuilder(ValidatorProcess.command(own))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      started.add(p);
      return new Instance(p, log, windowsFile(dir, name));
    }

    static Path windowsFile(Path dir, String name) {
      return dir.resolve("windows-" + name + ".jsonl");
    }

    /** The process's output, its last 60 lines. */
    String log() {
      try {
        List<String> lines = Files.readAllLines(logFile);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
      } catch (IOException e) {
        return "(no log: " + e + ")";
      }
    }
  }
}
