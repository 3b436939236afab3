package org.pactum.api.input;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A request body that counts what it delivers: past {@code limit} bytes it throws {@link
 * BodyTooLargeException}; a failure of the decoding below it (the server inflates {@code gzip}
 * bodies before this stream sees them) becomes {@link MalformedBodyException}.
 */
final class LimitedInputStream extends ServletInputStream {
  private final ServletInputStream in;
  private final long limit;
  private final String encoding;
  private long count;

  /**
   * @param encoding the request's {@code Content-Encoding}, or null
   */
  LimitedInputStream(ServletInputStream in, long limit, String encoding) {
    this.in = in;
    this.limit = limit;
    this.encoding = encoding;
  }

  @Override
  public int read() throws IOException {
    int b = guarded(() -> in.read());
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    int n = guarded(() -> in.read(buffer, off, len));
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  private void counted(int n) throws BodyTooLargeException {
    count += n;
    if (count > limit) {
      throw new BodyTooLargeException(limit);
    }
  }

  private interface Read {
    int run() throws IOException;
  }

  private int guarded(Read read) throws IOException {
    try {
      return read.run();
    } catch (BodyTooLargeException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      if (encoding == null) {
        throw e;
      }
      MalformedBodyException malformed = new MalformedBodyException(encoding);
      malformed.initCause(e);
      throw malformed;
    }
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  @Override
  public boolean isFinished() {
    return in.isFinished();
  }

  @Override
  public boolean isReady() {
    return in.isReady();
  }

  @Override
  public void setReadListener(ReadListener listener) {
    in.setReadListener(listener);
  }
}
