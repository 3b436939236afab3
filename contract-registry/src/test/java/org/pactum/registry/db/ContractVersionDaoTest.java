package org.pactum.registry.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.registry.core.ContractDocument;
import org.pactum.registry.core.PublishOutcome;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class ContractVersionDaoTest {
  private final ContractVersionDao dao;

  ContractVersionDaoTest(TestDatabase db) {
    this.dao =
        Jdbi.create(db.dataSource())
            .installPlugin(new SqlObjectPlugin())
            .onDemand(ContractVersionDao.class);
  }

  private static ContractDocument doc(String id, String yaml) {
    return new ContractDocument(
        id,
        "1.0.0",
        "ACTIVE",
        "checkout",
        "Orders",
        "AVRO",
        "BACKWARD",
        yaml,
        "\"string\"",
        "test");
  }

  @Test
  void firstPublishCreatesVersionOneAndSameContentCreatesNothing() {
    PublishOutcome first = dao.publish(doc("a.first", "id: a.first"));
    PublishOutcome again = dao.publish(doc("a.first", "id: a.first"));

    assertThat(first).isEqualTo(new PublishOutcome("a.first", 1, true));
    assertThat(again).isEqualTo(new PublishOutcome("a.first", 1, false));
    assertThat(dao.versions("a.first")).hasSize(1);
  }

  @Test
  void changedContentCreatesTheNextVersionAndRevertingCreatesAnother() {
    dao.publish(doc("b.changes", "v: 1"));
    dao.publish(doc("b.changes", "v: 2"));
    PublishOutcome reverted = dao.publish(doc("b.changes", "v: 1"));

    assertThat(reverted.versionNo()).isEqualTo(3);
    assertThat(dao.versions("b.changes"))
        .extracting(ContractVersionRow::versionNo, ContractVersionRow::contractYaml)
        .containsExactly(tuple(1, "v: 1"), tuple(2, "v: 2"), tuple(3, "v: 1"));
    assertThat(dao.latest("b.changes").orElseThrow().contentSha256())
        .isEqualTo(doc("b.changes", "v: 1").contentSha256());
  }

  @Test
  void concurrentPublishersGetContiguousVersionsWithoutRepeats() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<PublishOutcome>> tasks = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        String yaml = "n: " + (i % 8); // 8 distinct contents, each published 4 times
        tasks.add(() -> dao.publish(doc("c.concurrent", yaml)));
      }
      for (Future<PublishOutcome> f : pool.invokeAll(tasks)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    List<ContractVersionRow> versions = dao.versions("c.concurrent");
    assertThat(versions.size()).isBetween(8, 32);
    assertThat(versions)
        .extracting(ContractVersionRow::versionNo)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, versions.size()).boxed().toList());
    for (int i = 1; i < versions.size(); i++) {
      assertThat(versions.get(i).contentSha256()).isNotEqualTo(versions.get(i - 1).contentSha256());
    }
  }

  @Test
  void latestOfEachListsEveryContractOnceAtItsNewestVersion() {
    dao.publish(doc("d.one", "x: 1"));
    dao.publish(doc("d.one", "x: 2"));
    dao.publish(doc("d.two", "y: 1"));

    assertThat(dao.latestOfEach(null, 1000))
        .filteredOn(r -> r.contractId().startsWith("d."))
        .extracting(ContractVersionRow::contractId, ContractVersionRow::versionNo)
        .containsExactly(tuple("d.one", 2), tuple("d.two", 1));
  }

  @Test
  void latestOfEachPagesByIdEachContractOnceAtItsNewestVersion() {
    for (int i = 0; i < 11; i++) {
      String id = "p.page" + (char) ('k' - i);
      dao.publish(doc(id, "v: 1"));
      if (i % 3 == 0) {
        dao.publish(doc(id, "v: 2"));
      }
    }
    List<String> expected = new java.util.ArrayList<>();
    for (ContractVersionRow r : dao.latestOfEach(null, 1000)) {
      expected.add(r.contractId() + "@" + r.versionNo());
    }
    assertThat(expected).isSorted();
    for (int limit : List.of(1, 3, 4)) {
      List<String> seen = new java.util.ArrayList<>();
      String after = null;
      while (true) {
        List<ContractVersionRow> page = dao.latestOfEach(after, limit);
        page.forEach(r -> seen.add(r.contractId() + "@" + r.versionNo()));
        if (page.size() < limit) {
          break;
        }
        after = page.get(page.size() - 1).contractId();
      }
      assertThat(seen).isEqualTo(expected);
    }
    assertThat(expected).contains("p.pagek@2", "p.pagej@1", "p.pageh@2");
  }
}
