package org.pactum.bench;

import java.util.Locale;

/** The macro benchmarks' progress lines: {@code [HH:MM:SS] message}, flushed at once. */
public final class Progress {
  private Progress() {}

  /** Prints one line, formatted in {@link Locale#ROOT} and prefixed with the wall-clock time. */
  public static void print(String format, Object... args) {
    System.out.println(
        String.format(Locale.ROOT, "[%tT] ", System.currentTimeMillis())
            + String.format(Locale.ROOT, format, args));
    System.out.flush();
  }
}
