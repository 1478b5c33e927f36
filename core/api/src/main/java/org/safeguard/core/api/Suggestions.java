package org.safeguard.core.api;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for names a person typed: the closest candidate by edit distance, when it
 * is close enough to be a likely typo. Stateless and thread-safe.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate within a distance of about a third of the input's length. */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String needle = input.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, needle.length() / 3 + 1));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(needle, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
