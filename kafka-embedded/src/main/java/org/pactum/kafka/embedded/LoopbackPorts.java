package org.pactum.kafka.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on the loopback interface, asked of the operating system. */
final class LoopbackPorts {
  private LoopbackPorts() {}

  /**
   * A port that was free a moment ago. Another process may take it before the node binds it; {@link
   * EmbeddedKafka} then retries with fresh ports.
   */
  static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }
}
