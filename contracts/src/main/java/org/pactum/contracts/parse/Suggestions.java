package org.pactum.contracts.parse;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to {@code input}, when close enough to be a plausible typo: at most two
   * edits, or a third of the input's length for long names, counting a swap of neighbouring letters
   * as one edit ({@code chekcs} → {@code checks}). Case differences alone always match.
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    if (input == null || input.isEmpty()) {
      return Optional.empty();
    }
    String wanted = input.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, wanted.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(input)) {
        continue;
      }
      int d = distance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (bestDistance <= limit && bestDistance < Math.max(wanted.length(), 1)) {
      return Optional.ofNullable(best);
    }
    return prefixMatch(wanted, candidates);
  }

  /**
   * A candidate that is the input plus (or minus) a short suffix, such as {@code customer} for
   * {@code customer_id}: common when a name gains {@code _id}, {@code _at} or {@code _code}.
   */
  private static Optional<String> prefixMatch(String wanted, Collection<String> candidates) {
    if (wanted.length() < 3) {
      return Optional.empty();
    }
    String best = null;
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(Locale.ROOT);
      int diff = Math.abs(c.length() - wanted.length());
      boolean related = c.startsWith(wanted) || wanted.startsWith(c);
      if (related && diff > 0 && diff <= 3 && (best == null || c.length() < best.length())) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code " (did you mean 'x'?)"} or the empty string. */
  public static String didYouMean(String input, Collection<String> candidates) {
    return closest(input, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
