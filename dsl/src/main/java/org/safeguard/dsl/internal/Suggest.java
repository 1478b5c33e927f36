package org.safeguard.dsl.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance, bounded so long junk costs little. */
public final class Suggest {
  private static final int MAX_COMPARED = 64;

  private Suggest() {}

  /** The closest candidate, if one is close enough to be a likely typo. */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    if (wrong.length() > MAX_COMPARED) {
      return Optional.empty();
    }
    for (String c : candidates) {
      if (c.equalsIgnoreCase(wrong)) {
        return Optional.of(c);
      }
    }
    // A zero typed for the letter O is a common slip in codes such as O1.
    String lettered = wrong.replace('0', 'O');
    for (String c : candidates) {
      if (c.equalsIgnoreCase(lettered)) {
        return Optional.of(c);
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestPrefix = -1;
    int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
    for (String c : candidates) {
      if (c.length() > MAX_COMPARED || Math.abs(c.length() - wrong.length()) > allowed) {
        continue;
      }
      int d = distance(wrong.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      int prefix = commonPrefix(wrong.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d <= allowed && (d < bestDistance || d == bestDistance && prefix > bestPrefix)) {
        best = c;
        bestDistance = d;
        bestPrefix = prefix;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "did you mean 'X'?" or the fallback listing. */
  public static String hint(String wrong, Collection<String> candidates, String fallback) {
    return closest(wrong, candidates).map(c -> "did you mean '" + c + "'?").orElse(fallback);
  }

  /** Candidates quoted and joined, at most 12 shown. */
  public static String list(Collection<String> candidates) {
    if (candidates.isEmpty()) {
      return "(none)";
    }
    List<String> shown = new ArrayList<>();
    for (String c : candidates) {
      if (shown.size() == 12) {
        shown.add("...");
        break;
      }
      shown.add(c);
    }
    return String.join(", ", shown);
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
