package org.pactum.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.registry.api.RegistryApi.body;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * 32 clients registering at once, on one subject and across subjects, on real threads against the
 * real store: nothing lost, no duplicate or skipped versions, one id per schema everywhere.
 */
@ExtendWith({PostgresExtension.class, DropwizardExtensionsSupport.class})
class ConcurrentRegistrationResourceTest {
  static final RegistryApi API = new RegistryApi();
  static final ResourceExtension RESOURCES = API.resources;
  static final int CLIENTS = 32;
  static final int DISTINCT = 8;

  @BeforeAll
  static void connect(TestDatabase db) {
    API.connect(db);
  }

  /** Schema k: Order with field f{k} (with a default); any two are mutually compatible. */
  static String schema(String name, int k) {
    return "{\"type\":\"record\",\"name\":\""
        + name
        + "\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"f"
        + k
        + "\",\"type\":\"int\",\"default\":0}]}";
  }

  /** Runs the registrations all at once; returns each client's (subject, schema k, id). */
  private static List<int[]> registerConcurrently(List<String> subjects, List<String> schemas)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    CyclicBarrier start = new CyclicBarrier(CLIENTS);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        String subject = subjects.get(i);
        String json = body(schemas.get(i));
        tasks.add(
            () -> {
              start.await();
              Response r = API.post("/subjects/" + subject + "/versions", json);
              String text = r.readEntity(String.class);
              assertThat(r.getStatus()).as(text).isEqualTo(200);
              return Integer.parseInt(text.replaceAll("\\D", ""));
            });
      }
      List<int[]> ids = new ArrayList<>();
      int i = 0;
      for (Future<Integer> f : pool.invokeAll(tasks)) {
        ids.add(new int[] {i++, f.get()});
      }
      return ids;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneSubject() throws Exception {
    List<String> subjects = IntStream.range(0, CLIENTS).mapToObj(i -> "one").toList();
    List<String> schemas =
        IntStream.range(0, CLIENTS).mapToObj(i -> schema("One", i % DISTINCT)).toList();
    List<int[]> ids = registerConcurrently(subjects, schemas);

    Map<Integer, Integer> idBySchema = new HashMap<>();
    for (int[] r : ids) {
      Integer previous = idBySchema.putIfAbsent(r[0] % DISTINCT, r[1]);
      assertThat(previous == null || previous == r[1]).as("clients agree on ids").isTrue();
    }
    assertThat(idBySchema.values()).doesNotHaveDuplicates().hasSize(DISTINCT);

    // versions 1..8, each distinct schema exactly once
    assertThat(API.get("/subjects/one/versions").readEntity(String.class))
        .isEqualTo("[1,2,3,4,5,6,7,8]");
    List<Integer> versionIds = new ArrayList<>();
    for (int v = 1; v <= DISTINCT; v++) {
      String json = API.get("/subjects/one/versions/" + v).readEntity(String.class);
      versionIds.add(Integer.parseInt(json.replaceAll(".*\"id\":(\\d+).*", "$1")));
    }
    assertThat(versionIds).containsExactlyInAnyOrderElementsOf(idBySchema.values());
    assertThat(API.count("subject_version")).isGreaterThanOrEqualTo(DISTINCT);
  }

  @Test
  void acrossSubjects() throws Exception {
    // 4 subjects; every subject gets each of the 8 schemas once (32 = 4 × 8), all at once
    List<String> subjects = IntStream.range(0, CLIENTS).mapToObj(i -> "many-" + i % 4).toList();
    List<String> schemas =
        IntStream.range(0, CLIENTS).mapToObj(i -> schema("Many", i / 4)).toList();
    long schemasBefore = API.count("schema");
    List<int[]> ids = registerConcurrently(subjects, schemas);

    Map<Integer, Integer> idBySchema = new HashMap<>();
    for (int[] r : ids) {
      Integer previous = idBySchema.putIfAbsent(r[0] / 4, r[1]);
      assertThat(previous == null || previous == r[1])
          .as("the same schema has the same id in every subject")
          .isTrue();
    }
    assertThat(idBySchema.values()).doesNotHaveDuplicates().hasSize(DISTINCT);
    assertThat(API.count("schema") - schemasBefore).isEqualTo(DISTINCT);
    for (int s = 0; s < 4; s++) {
      assertThat(API.get("/subjects/many-" + s + "/versions").readEntity(String.class))
          .isEqualTo("[1,2,3,4,5,6,7,8]");
      for (int k = 0; k < DISTINCT; k++) {
        String lookup =
            API.post("/subjects/many-" + s, body(schema("Many", k))).readEntity(String.class);
        assertThat(lookup).contains("\"id\":" + idBySchema.get(k) + ",");
      }
    }
  }
}
