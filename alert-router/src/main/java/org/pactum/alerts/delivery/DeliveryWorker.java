package org.pactum.alerts.delivery;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;
import org.pactum.alerts.core.Attempt;
import org.pactum.alerts.core.DeliveryOutcome;
import org.pactum.alerts.core.Suppression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: a poller claims the due head of each ordering key (so a key's messages go in
 * order, and a trigger never after its resolve) and hands it to a small pool. Retries back off
 * exponentially with jitter (a {@code Retry-After} wins), a permanent 4xx fails the message and
 * marks its receiver misconfigured, and per-receiver minimum intervals hold back bursts. Nothing is
 * held in memory that the outbox does not have: after a restart, pending messages simply go.
 */
public final class DeliveryWorker implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

  private final Outbox outbox;
  private final Endpoints endpoints;
  private final Notifiers notifiers;
  private final DeliverySettings settings;
  private final Clock clock;
  private final Backoff backoff;
  private final RateLimits rates = new RateLimits();
  private final Set<String> busy = ConcurrentHashMap.newKeySet();
  private final Set<String> misconfigured = ConcurrentHashMap.newKeySet();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private boolean nudged;
  // when postponed or retried messages fall due, guarded by lock
  private final PriorityQueue<Instant> wakeTimes = new PriorityQueue<>();
  private volatile boolean running;
  private Thread poller;
  private ExecutorService pool;

  public DeliveryWorker(
      Outbox outbox,
      Endpoints endpoints,
      Notifiers notifiers,
      DeliverySettings settings,
      Clock clock,
      DoubleSupplier random) {
    this.outbox = outbox;
    this.endpoints = endpoints;
    this.notifiers = notifiers;
    this.settings = settings;
    this.clock = clock;
    this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), random);
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    misconfigured.addAll(outbox.misconfiguredReceivers());
    pool = Executors.newFixedThreadPool(settings.threads(), r -> daemon(r, "alerts-delivery"));
    poller = daemon(this::loop, "alerts-delivery-poller");
    poller.start();
    LOG.atInfo()
        .addKeyValue("event", "alert_delivery_started")
        .addKeyValue("threads", settings.threads())
        .log("alert delivery started");
  }

  @Override
  public synchronized void stop() throws InterruptedException {
    if (!running) {
      return;
    }
    running = false;
    nudge();
    poller.join(settings.shutdownGrace().toMillis() + 1000);
    pool.shutdown();
    if (!pool.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
      pool.shutdownNow();
    }
    LOG.atInfo().addKeyValue("event", "alert_delivery_stopped").log("alert delivery stopped");
  }

  /** Something new is in the outbox: look now rather than at the next poll. */
  public void nudge() {
    lock.lock();
    try {
      nudged = true;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  public boolean running() {
    return running;
  }

  private void loop() {
    while (running) {
      try {
        dispatchDue();
      } catch (RuntimeException e) {
        LOG.atError()
            .addKeyValue("event", "alert_delivery_poll_failed")
            .addKeyValue("error", e.getClass().getSimpleName())
            .setCause(e)
            .log("alert delivery poll failed");
      }
      await();
    }
  }

  private void dispatchDue() {
    Instant now = clock.instant();
    // keep at most two messages per thread handed out: a bounded queue, few polls
    int room = Math.min(settings.batchSize(), settings.threads() * 2 - busy.size());
    if (room <= 0) {
      return;
    }
    List<OutboxMessage> due = outbox.due(now, Set.copyOf(busy), room);
    for (OutboxMessage m : due) {
      if (!running) {
        return;
      }
      Optional<Endpoint> endpoint = endpoints.find(m.receiver());
      if (endpoint.isEmpty()) {
        // its endpoint went away after the message was planned (a restart with a new config)
        outbox.undeliverable(m, new Suppression.Undeliverable(m.receiver()), now);
        LOG.atWarn()
            .addKeyValue("event", "alert_undeliverable")
            .addKeyValue("receiver", m.receiver())
            .addKeyValue("notification", m.id())
            .log("alert undeliverable");
        continue;
      }
      Endpoint e = endpoint.get();
      Instant wait = rates.tryReserve(m.receiver(), e.minInterval(), now);
      if (wait != null) {
        outbox.postpone(m, wait);
        wakeAt(wait);
        continue;
      }
      busy.add(m.orderingKey());
      try {
        pool.execute(() -> deliver(m, e));
      } catch (RejectedExecutionException stopping) {
        busy.remove(m.orderingKey());
        return;
      }
    }
  }

  private void deliver(OutboxMessage m, Endpoint e) {
    try {
      Instant at = clock.instant();
      SendResult r = notifiers.of(e.kind()).send(m, e);
      if (!e.minInterval().isZero()) {
        // the next message may leave only a full interval after this one was answered, so that
        // arrivals are never closer than the interval, whatever the network's jitter
        rates.holdUntil(m.receiver(), clock.instant().plus(e.minInterval()));
      }
      int attempt = m.attempts() + 1;
      switch (r.outcome()) {
        case DELIVERED -> {
          // the receiver's mark cleared first, as it is set first below: once the message stops
          // being pending, anyone who waited for that finds the receiver recovered
          if (misconfigured.remove(m.receiver())) {
            outbox.receiverStatus(m.receiver(), false, r.statusCode(), null, at);
            LOG.atInfo()
                .addKeyValue("event", "alert_receiver_recovered")
                .addKeyValue("receiver", m.receiver())
                .log("alert receiver recovered");
          }
          outbox.delivered(m, attempt(at, r, DeliveryOutcome.DELIVERED));
          LOG.atInfo()
              .addKeyValue("event", "alert_delivered")
              .addKeyValue("receiver", m.receiver())
              .addKeyValue("kind", e.kind().wire())
              .addKeyValue("notification", m.id())
              .addKeyValue("status", r.statusCode())
              .addKeyValue("latency_ms", r.latencyMs())
              .addKeyValue("attempt", attempt)
              .log("alert delivered");
        }
        case PERMANENT -> {
          String reason = "permanent: HTTP " + r.statusCode() + " from receiver " + m.receiver();
          // the receiver's status first: once the message stops being pending, anyone who waited
          // for that must find the receiver marked (a crash in between only resends it)
          outbox.receiverStatus(m.receiver(), true, r.statusCode(), r.excerpt(), at);
          misconfigured.add(m.receiver());
          outbox.failed(m, attempt(at, r, DeliveryOutcome.PERMANENT), reason);
          LOG.atWarn()
              .addKeyValue("event", "alert_receiver_misconfigured")
              .addKeyValue("receiver", m.receiver())
              .addKeyValue("kind", e.kind().wire())
              .addKeyValue("notification", m.id())
              .addKeyValue("status", r.statusCode())
              .log("alert receiver misconfigured");
        }
        default -> retryOrGiveUp(m, e, r, at, attempt);
      }
    } catch (RuntimeException ex) {
      LOG.atError()
          .addKeyValue("event", "alert_delivery_failed")
          .addKeyValue("receiver", m.receiver())
          .addKeyValue("notification", m.id())
          .addKeyValue("error", ex.getClass().getName())
          .addKeyValue("at", topFrame(ex))
          .log("alert delivery failed");
    } finally {
      busy.remove(m.orderingKey());
      if (busy.size() <= settings.threads()) {
        nudge(); // refill once half the hand-out queue has drained: one poll per several sends
      }
    }
  }

  /**
   * Where an exception was thrown: logged instead of its message and trace, which may quote the
   * receiver's URL (a secret for Slack webhooks).
   */
  private static String topFrame(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    return trace.length == 0 ? "?" : trace[0].toString();
  }

  private void retryOrGiveUp(OutboxMessage m, Endpoint e, SendResult r, Instant at, int attempt) {
    String what = r.statusCode() == null ? r.error() : "HTTP " + r.statusCode();
    if (attempt >= settings.maxAttempts()) {
      outbox.failed(
          m,
          attempt(at, r, DeliveryOutcome.GAVE_UP),
          "gave up after " + attempt + " attempts; last: " + what);
      LOG.atWarn()
          .addKeyValue("event", "alert_delivery_gave_up")
          .addKeyValue("receiver", m.receiver())
          .addKeyValue("notification", m.id())
          .addKeyValue("attempts", attempt)
          .addKeyValue("last", what)
          .log("alert delivery gave up");
      return;
    }
    Duration delay = backoff.delay(attempt, r.retryAfter());
    Instant next = clock.instant().plus(delay);
    if (r.retryAfter() != null) {
      rates.holdUntil(m.receiver(), next);
    }
    outbox.retry(m, attempt(at, r, DeliveryOutcome.RETRY), next);
    wakeAt(next);
    LOG.atInfo()
        .addKeyValue("event", "alert_delivery_retry")
        .addKeyValue("receiver", m.receiver())
        .addKeyValue("notification", m.id())
        .addKeyValue("attempt", attempt)
        .addKeyValue("last", what)
        .addKeyValue("retry_in_ms", delay.toMillis())
        .log("alert delivery retry");
  }

  private static Attempt attempt(Instant at, SendResult r, DeliveryOutcome outcome) {
    return new Attempt(at, r.statusCode(), r.latencyMs(), outcome, r.excerpt(), r.error());
  }

  private void wakeAt(Instant at) {
    lock.lock();
    try {
      if (wakeTimes.size() < 10_000) {
        wakeTimes.add(at);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Sleeps until nudged, the earliest postponed message is due, or the poll interval passes. */
  private void await() {
    lock.lock();
    try {
      long ms = settings.pollInterval().toMillis();
      Instant first = wakeTimes.peek();
      if (first != null) {
        ms = Math.min(ms, Math.max(0, Duration.between(clock.instant(), first).toMillis()));
      }
      if (!nudged && running && ms > 0) {
        wake.await(ms, TimeUnit.MILLISECONDS);
      }
      Instant now = clock.instant();
      while (!wakeTimes.isEmpty() && !now.isBefore(wakeTimes.peek())) {
        wakeTimes.poll();
      }
      nudged = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
