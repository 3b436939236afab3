package org.pactum.bench.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;
import org.pactum.bench.Seconds;

/**
 * The baseline side of {@link AlertBurstBench}: PagerDuty bodies POSTed straight to the loopback
 * receiver by {@code --threads} threads, no router, no database.
 */
final class DirectPostBaseline {
  private DirectPostBaseline() {}

  static BurstResult run(LoopbackReceiver receiver, int n, int threads) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String body =
        "{\"routing_key\":\"k\",\"event_action\":\"trigger\",\"dedup_key\":\"pactum/base/x/1\","
            + "\"payload\":{\"summary\":\"s\",\"source\":\"d\",\"severity\":\"critical\"}}";
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Histogram h = new Histogram(3);
    long start = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int share = n / threads + (t < n % threads ? 1 : 0);
      fs.add(
          pool.submit(
              () -> {
                for (int i = 0; i < share; i++) {
                  long s = System.nanoTime();
                  HttpResponse<String> r =
                      http.send(
                          HttpRequest.newBuilder(URI.create(receiver.base() + "/v2/enqueue"))
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (r.statusCode() != 202) {
                    throw new IllegalStateException("baseline got " + r.statusCode());
                  }
                  synchronized (h) {
                    h.recordValue((System.nanoTime() - s) / 1000);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    pool.shutdown();
    return new BurstResult(n, Seconds.since(start), h, new Histogram(3), 0, Map.of());
  }
}
