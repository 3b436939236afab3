package org.pactum.server.ui;

import java.util.ArrayList;
import java.util.List;
import org.pactum.registry.core.contract.FindingRecord;

/**
 * How many findings of each severity a publish recorded or a diff found, and the summary line the
 * pages print ({@code 2 errors, 1 warning}).
 */
public record FindingCounts(int errors, int warnings, int infos) {

  static FindingCounts of(List<FindingRecord> findings) {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (FindingRecord f : findings) {
      switch (f.severity() == null ? "" : f.severity()) {
        case "ERROR" -> errors++;
        case "WARNING" -> warnings++;
        default -> infos++;
      }
    }
    return new FindingCounts(errors, warnings, infos);
  }

  public int total() {
    return errors + warnings + infos;
  }

  /** {@code 2 errors, 1 warning}; {@code no findings} when there are none. */
  public String summary() {
    List<String> parts = new ArrayList<>();
    add(parts, errors, "error");
    add(parts, warnings, "warning");
    add(parts, infos, "info");
    return parts.isEmpty() ? "no findings" : String.join(", ", parts);
  }

  private static void add(List<String> parts, int n, String what) {
    if (n > 0) {
      parts.add(n + " " + what + (n == 1 || what.equals("info") ? "" : "s"));
    }
  }
}
