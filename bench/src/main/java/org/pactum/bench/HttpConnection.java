package org.pactum.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal blocking HTTP/1.1 client over one keep-alive connection, for load generation: one per
 * client thread, no pooling, no futures, no selector thread, so that on a machine whose cores the
 * load generator shares with the server, as little CPU as possible goes to the client. Understands
 * {@code Content-Length} and chunked bodies; reconnects when the server has closed the connection.
 * Not thread-safe.
 */
final class HttpConnection implements Closeable {

  static final String JSON = "application/vnd.schemaregistry.v1+json";

  private final String host;
  private final int port;
  private final String authorization;
  private String contentType = JSON;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private final byte[] line = new byte[8192];
  private int status;
  private byte[] body = new byte[0];
  private int bodyLength;

  HttpConnection(String host, int port) {
    this(host, port, null);
  }

  /**
   * @param authorization the {@code Authorization} header every request sends ({@link
   *     AuthHeaders}), or null for none
   */
  HttpConnection(String host, int port, String authorization) {
    this.host = host;
    this.port = port;
    this.authorization = authorization;
  }

  /** The status of the last response. */
  int status() {
    return status;
  }

  /** The body of the last response: {@link #bodyLength()} bytes of this (reused) array. */
  byte[] body() {
    return body;
  }

  int bodyLength() {
    return bodyLength;
  }

  String bodyText() {
    return new String(body, 0, bodyLength, StandardCharsets.UTF_8);
  }

  int get(String path) throws IOException {
    return request("GET", path, null);
  }

  int post(String path, String json) throws IOException {
    return request("POST", path, json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A POST of plain {@code application/json}, accepting it (Pactum's own API, not the registry's).
   */
  int postJson(String path, String json) throws IOException {
    contentType = "application/json";
    try {
      return request("POST", path, json.getBytes(StandardCharsets.UTF_8));
    } finally {
      contentType = JSON;
    }
  }

  /**
   * Sends one request and reads the whole response; retries once on a fresh connection when the
   * kept-alive one turns out to be closed (the requests this benchmark sends are idempotent: a
   * registration of a schema the subject already holds returns its id).
   */
  int request(String method, String path, byte[] requestBody) throws IOException {
    boolean fresh = socket == null;
    try {
      return exchange(method, path, requestBody);
    } catch (IOException e) {
      close();
      if (fresh) {
        throw e;
      }
      return exchange(method, path, requestBody);
    }
  }

  private int exchange(String method, String path, byte[] requestBody) throws IOException {
    if (socket == null) {
      connect();
    }
    StringBuilder head = new StringBuilder(160);
    head.append(method)
        .append(' ')
        .append(path)
        .append(" HTTP/1.1\r\nHost: ")
        .append(host)
        .append(':')
        .append(port)
        .append("\r\nAccept: ")
        .append(contentType)
        .append("\r\n");
    if (authorization != null) {
      head.append("Authorization: ").append(authorization).append("\r\n");
    }
    if (requestBody != null) {
      head.append("Content-Type: ")
          .append(contentType)
          .append("\r\nContent-Length: ")
          .append(requestBody.length)
          .append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
    if (requestBody != null) {
      out.write(requestBody);
    }
    out.flush();
    readResponse(method);
    return status;
  }

  private void readResponse(String method) throws IOException {
    String statusLine = readLine();
    if (statusLine == null) {
      throw new EOFException("connection closed before the response");
    }
    // HTTP/1.1 200 OK
    status = Integer.parseInt(statusLine.substring(9, 12));
    long contentLength = -1;
    boolean chunked = false;
    boolean closeAfter = false;
    for (String h = readLine(); h != null && !h.isEmpty(); h = readLine()) {
      int colon = h.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> contentLength = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closeAfter = value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    bodyLength = 0;
    if (method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1) {
      // no body
    } else if (chunked) {
      for (int size = chunkSize(); size > 0; size = chunkSize()) {
        readBody(size);
        readLine(); // CRLF after the chunk
      }
      for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); ) {
        trailer = readLine();
      }
    } else if (contentLength >= 0) {
      readBody((int) contentLength);
    } else {
      ByteArrayOutputStream rest = new ByteArrayOutputStream();
      in.transferTo(rest);
      byte[] all = rest.toByteArray();
      ensure(all.length);
      System.arraycopy(all, 0, body, 0, all.length);
      bodyLength = all.length;
      closeAfter = true;
    }
    if (closeAfter) {
      close();
    }
  }

  private int chunkSize() throws IOException {
    String l = readLine();
    if (l == null) {
      throw new EOFException("connection closed in a chunked body");
    }
    int semi = l.indexOf(';');
    return Integer.parseInt((semi >= 0 ? l.substring(0, semi) : l).trim(), 16);
  }

  private void readBody(int n) throws IOException {
    ensure(bodyLength + n);
    int read = in.readNBytes(body, bodyLength, n);
    if (read < n) {
      throw new EOFException("connection closed in the body");
    }
    bodyLength += n;
  }

  private void ensure(int capacity) {
    if (body.length < capacity) {
      byte[] bigger = new byte[Math.max(capacity, body.length * 2)];
      System.arraycopy(body, 0, bigger, 0, bodyLength);
      body = bigger;
    }
  }

  /** An ASCII line without its CRLF; null at end of stream before any byte. */
  private String readLine() throws IOException {
    int n = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (n == 0) {
          return null;
        }
        throw new EOFException("connection closed in a header line");
      }
      if (b == '\n') {
        if (n > 0 && line[n - 1] == '\r') {
          n--;
        }
        return new String(line, 0, n, StandardCharsets.US_ASCII);
      }
      if (n == line.length) {
        throw new IOException("header line longer than " + line.length + " bytes");
      }
      line[n++] = (byte) b;
    }
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(60_000);
    s.connect(new InetSocketAddress(host, port), 5_000);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
    out = new BufferedOutputStream(s.getOutputStream(), 64 * 1024);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
      socket = null;
      in = null;
      out = null;
    }
  }
}
