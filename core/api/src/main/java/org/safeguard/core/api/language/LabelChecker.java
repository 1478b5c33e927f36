package org.safeguard.core.api.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds labels in free text. A text is read as words: runs of letters and digits, with an
 * apostrophe (straight or curly) inside a word kept in it ("doesn't", "Sally’s"). A form's words
 * are found in a row, whole, whatever their case, with only spaces, line breaks or hyphens
 * between them ("street-wise", "prostituting\n herself"); punctuation ends a phrase. So
 * "historic" is found and "historical records" is not, "consenting" and not "the consent form".
 * Where forms overlap, the longest found at a word wins, then the label given first; findings
 * never overlap and come in the order of the text. A form hyphenated to a "non" before it is not
 * found: "non-consensual" and "non-consenting" say the opposite of the label.
 *
 * <p>The time taken is linear in the length of the text (each word starts at most one walk of
 * the longest form's length). Immutable once built and thread-safe.
 */
public final class LabelChecker {
    private final Node root = new Node();

    private LabelChecker(Collection<Label> labels) {
        for (Label label : labels) {
            for (String form : label.forms()) {
                insert(root, words(form), 0, label);
            }
        }
    }

    /** A checker for these labels; where two give the same form, the first given is reported. */
    public static LabelChecker of(Collection<Label> labels) {
        return new LabelChecker(labels);
    }

    /** Every label found in the text, in the order of the text. */
    public List<Finding> check(CharSequence text) {
        Words w = Words.of(text);
        List<Finding> found = new ArrayList<>();
        int k = 0;
        while (k < w.count) {
            Node node = root;
            Label best = null;
            int bestLast = -1;
            for (int j = k; j < w.count; j++) {
                node = node.step(w.norm[j]);
                if (node == null) {
                    break;
                }
                if (node.label != null) {
                    best = node.label;
                    bestLast = j;
                }
                if (!w.joined(text, j)) {
                    break;
                }
            }
            if (best == null || w.negated(text, k)) {
                k++;
            } else {
                found.add(new Finding(text.subSequence(w.start[k], w.end[bestLast]).toString(), w.start[k], w.end[bestLast], best));
                k = bestLast + 1;
            }
        }
        return List.copyOf(found);
    }

    /** A form's words, each a list of alternatives, normalised; refuses a form that is not words. */
    static List<List<String>> words(String form) {
        List<List<String>> slots = new ArrayList<>();
        for (String slot : form.trim().split("\\s+")) {
            List<String> alternatives = new ArrayList<>();
            for (String alternative : slot.split("\\|", -1)) {
                Words w = Words.of(alternative);
                if (w.count != 1 || w.start[0] != 0 || w.end[0] != alternative.length()) {
                    throw new IllegalArgumentException("'" + alternative + "' in the form '" + form
                            + "' is not one word (letters and digits, an apostrophe inside)");
                }
                alternatives.add(w.norm[0]);
            }
            slots.add(alternatives);
        }
        if (slots.isEmpty() || slots.get(0).get(0).isEmpty()) {
            throw new IllegalArgumentException("a form needs a word: '" + form + "'");
        }
        return slots;
    }

    private static void insert(Node node, List<List<String>> slots, int index, Label label) {
        if (index == slots.size()) {
            if (node.label == null) {
                node.label = label;
            }
            return;
        }
        for (String word : slots.get(index)) {
            insert(node.next.computeIfAbsent(word, x -> new Node()), slots, index + 1, label);
        }
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Label label;

        /** The node after this word, or after it without a possessive 's. */
        Node step(String word) {
            Node n = next.get(word);
            if (n == null && word.length() > 2 && word.endsWith("'s")) {
                n = next.get(word.substring(0, word.length() - 2));
            }
            return n;
        }
    }

    /** The words of a text: where each starts and ends, and its normalised form (lower case, straight apostrophes). */
    private static final class Words {
        int count;
        int[] start = new int[16];
        int[] end = new int[16];
        String[] norm = new String[16];

        static Words of(CharSequence text) {
            Words w = new Words();
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                StringBuilder b = new StringBuilder();
                while (i < n) {
                    char c = text.charAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        b.append(Character.toLowerCase(c));
                    } else if (apostrophe(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        b.append('\'');
                    } else {
                        break;
                    }
                    i++;
                }
                w.add(s, i, b.toString());
            }
            return w;
        }

        private void add(int s, int e, String word) {
            if (count == start.length) {
                start = java.util.Arrays.copyOf(start, count * 2);
                end = java.util.Arrays.copyOf(end, count * 2);
                norm = java.util.Arrays.copyOf(norm, count * 2);
            }
            start[count] = s;
            end[count] = e;
            norm[count] = word;
            count++;
        }

        /** Whether word j and the next are one phrase apart: only spaces, line breaks and hyphens between them. */
        boolean joined(CharSequence text, int j) {
            if (j + 1 >= count) {
                return false;
            }
            for (int i = end[j]; i < start[j + 1]; i++) {
                char c = text.charAt(i);
                if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AD')) {
                    return false;
                }
            }
            return true;
        }

        /** Whether word k is the second part of "non-…": "non-consensual" says the opposite of the label. */
        boolean negated(CharSequence text, int k) {
            if (k == 0 || !norm[k - 1].equals("non") || start[k] == end[k - 1]) {
                return false;
            }
            for (int i = end[k - 1]; i < start[k]; i++) {
                if (!hyphen(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean hyphen(char c) {
            return c == '-' || c == '\u2010' || c == '\u2011';
        }

        private static boolean apostrophe(char c) {
            return c == '\'' || c == '\u2019' || c == '\u02BC';
        }
    }
}
