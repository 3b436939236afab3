package org.pactum.api.auth.filter;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written by hand, for what {@code java.net.http} will not do: send from a
 * loopback address of the test's choosing, or send a path exactly as written.
 */
final class RawRequest {
  private RawRequest() {}

  /**
   * @param requestLine e.g. {@code GET /x}
   * @param authorization the header's value, or null
   * @return the status of the answer
   */
  static int status(int port, String fromAddress, String requestLine, String authorization)
      throws Exception {
    try (Socket s =
        new Socket(
            InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(fromAddress), 0)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          (requestLine
                  + " HTTP/1.1\r\nHost: localhost\r\n"
                  + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                  + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Integer.parseInt(text.substring(9, 12));
    }
  }
}
