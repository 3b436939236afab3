package org.pactum.kafka.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The broker settings of one combined broker+controller node on loopback: Pactum's defaults (one
 * replica for every internal topic, so consumer groups and transactions work on one node; few
 * threads; no topic auto-creation), then the caller's overrides, then the settings that make the
 * node what it is (roles, listeners, directories), which no override may change.
 */
final class NodeConfig {
  static final int NODE_ID = 1;
  static final String BROKER_LISTENER = "PLAINTEXT";
  static final String CONTROLLER_LISTENER = "CONTROLLER";
  private static final String HOST = "127.0.0.1";

  private static final Set<String> FIXED =
      Set.of(
          "process.roles",
          "node.id",
          "controller.quorum.voters",
          "controller.quorum.bootstrap.servers",
          "controller.listener.names",
          "listeners",
          "advertised.listeners",
          "listener.security.protocol.map",
          "inter.broker.listener.name",
          "log.dirs",
          "log.dir",
          "metadata.log.dir");

  private NodeConfig() {}

  static Map<String, String> properties(
      Path dataDirectory, int brokerPort, int controllerPort, Map<String, String> overrides) {
    for (String key : overrides.keySet()) {
      if (FIXED.contains(key)) {
        throw new IllegalArgumentException("the embedded node sets " + key + " itself");
      }
    }
    Map<String, String> props = new TreeMap<>(defaults());
    props.putAll(overrides);
    props.put("process.roles", "broker,controller");
    props.put("node.id", Integer.toString(NODE_ID));
    props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    props.put("controller.listener.names", CONTROLLER_LISTENER);
    props.put(
        "listeners",
        BROKER_LISTENER
            + "://"
            + HOST
            + ":"
            + brokerPort
            + ","
            + CONTROLLER_LISTENER
            + "://"
            + HOST
            + ":"
            + controllerPort);
    props.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
    props.put(
        "listener.security.protocol.map",
        BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    props.put("inter.broker.listener.name", BROKER_LISTENER);
    props.put("log.dirs", dataDirectory.toString());
    props.put("metadata.log.dir", dataDirectory.toString());
    return props;
  }

  static String bootstrapServers(int brokerPort) {
    return HOST + ":" + brokerPort;
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new TreeMap<>();
    // one node: every internal topic has one replica (consumer offsets, transactions, shares)
    d.put("offsets.topic.replication.factor", "1");
    d.put("offsets.topic.num.partitions", "1");
    d.put("transaction.state.log.replication.factor", "1");
    d.put("transaction.state.log.min.isr", "1");
    d.put("transaction.state.log.num.partitions", "1");
    d.put("share.coordinator.state.topic.replication.factor", "1");
    d.put("share.coordinator.state.topic.min.isr", "1");
    d.put("default.replication.factor", "1");
    d.put("min.insync.replicas", "1");
    // no waiting for more members before the first rebalance: one node, usually one instance
    d.put("group.initial.rebalance.delay.ms", "0");
    // topics are created on purpose (the bindings say which), never by a typo in a client
    d.put("auto.create.topics.enable", "false");
    // a small footprint: few threads, a small log-cleaner buffer
    d.put("num.network.threads", "2");
    d.put("num.io.threads", "2");
    d.put("background.threads", "2");
    d.put("num.recovery.threads.per.data.dir", "1");
    d.put("log.cleaner.threads", "1");
    d.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
    return d;
  }
}
