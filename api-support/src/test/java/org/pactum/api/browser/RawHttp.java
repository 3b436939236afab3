package org.pactum.api.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written by hand, for what {@code java.net.http} will not send: a {@code
 * Host} header of the test's choosing.
 */
final class RawHttp {
  private RawHttp() {}

  /** The status line's code and the rest of the response, as text. */
  record Reply(int status, String text) {}

  static Reply send(int port, String method, String path, String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          (method
                  + " "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + host
                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Reply(Integer.parseInt(text.substring(9, 12)), text);
    }
  }
}
