package org.safeguard.core.api.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;

/**
 * A scoring instrument: factors on scales, supplementary yes/no questions, and bands over the
 * weighted total. Immutable and thread-safe; build one with {@link #builder(String, String)}.
 *
 * <p>Invariants checked when built: factor numbers and ids unique, bands not overlapping.
 * Bands that the factors cannot reach, and gaps between bands, are allowed (printed forms
 * have them) but reported by {@link #warnings()}, so that a loader can show them.
 */
public final class Instrument {
    private final String id;
    private final String version;
    private final String title;
    private final String source;
    private final List<Factor> factors;
    private final List<SupplementaryQuestion> supplementary;
    private final List<Band> bands;

    private Instrument(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.title = Objects.requireNonNull(b.title, "title");
        this.source = b.source;
        this.factors = List.copyOf(b.factors);
        this.supplementary = List.copyOf(b.supplementary);
        this.bands = b.bands.stream().sorted((x, y) -> Integer.compare(x.min(), y.min())).toList();
        checkUnique(factors.stream().map(Factor::id), "factor id");
        checkUnique(factors.stream().map(f -> String.valueOf(f.number())), "factor number");
        checkUnique(Stream.concat(factors.stream().map(Factor::id), supplementary.stream().map(SupplementaryQuestion::id)), "answer id");
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).min() <= bands.get(i - 1).max()) {
                throw new IllegalArgumentException("bands " + bands.get(i - 1) + " and " + bands.get(i) + " overlap");
            }
        }
    }

    public static Builder builder(String id, String version) {
        return new Builder(id, version);
    }

    public String id() { return id; }
    public String version() { return version; }
    public String title() { return title; }
    /** Where the instrument comes from, e.g. "Pan-Lancashire CSE SOP, Appendix H". */
    public String source() { return source; }
    public List<Factor> factors() { return factors; }
    public List<SupplementaryQuestion> supplementary() { return supplementary; }
    public List<Band> bands() { return bands; }

    /** The highest total the factors and weighted supplementary questions can reach. */
    public int reachableMaximum() {
        int f = factors.stream().mapToInt(x -> x.maxScore() * x.weight()).sum();
        int s = supplementary.stream().mapToInt(q -> Math.max(0, q.weight())).sum();
        return f + s;
    }

    /** The lowest total the instrument can produce. */
    public int reachableMinimum() {
        return factors.stream().mapToInt(x -> x.minScore() * x.weight()).sum()
                + supplementary.stream().mapToInt(q -> Math.min(0, q.weight())).sum();
    }

    /** Distinct band names, lowest first (e.g. GREEN, AMBER, RED). */
    public List<String> bandNames() {
        return bands.stream().map(Band::band).distinct().toList();
    }

    /** Level names, lowest first. */
    public List<String> levelNames() {
        return bands.stream().map(Band::level).distinct().toList();
    }

    /** Things an administrator should know: unreachable bands, totals no band covers. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        int max = reachableMaximum();
        int min = reachableMinimum();
        for (Band b : bands) {
            if (b.min() > max) {
                out.add("band " + b.level() + " (" + b.min() + "–" + b.max() + ") cannot be reached: the highest possible total is " + max);
            } else if (b.max() > max) {
                out.add("band " + b.level() + " (" + b.min() + "–" + b.max() + ") is reachable only up to " + max);
            }
        }
        for (int total = min; total <= max; total++) {
            final int t = total;
            if (bands.stream().noneMatch(b -> b.contains(t))) {
                out.add("a total of " + total + " falls in no band");
                break;
            }
        }
        return out;
    }

    public Optional<Factor> factor(String idOrNumber) {
        String key = idOrNumber.trim().toLowerCase(Locale.ROOT);
        return factors.stream().filter(f -> f.id().equals(key) || String.valueOf(f.number()).equals(key)).findFirst();
    }

    public Optional<Band> bandFor(int score) {
        return bands.stream().filter(b -> b.contains(score)).findFirst();
    }

    /**
     * Scores answers given as text, the way a person types them: factor number or id to a
     * score, supplementary question id to yes/no. Every problem is reported at once.
     *
     * @throws InvalidInputException naming each unknown factor, malformed or out-of-range value
     */
    public InstrumentResult score(Map<String, String> answers) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, Boolean> yesNo = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : answers.entrySet()) {
            String key = e.getKey().trim();
            String value = e.getValue() == null ? "" : e.getValue().trim();
            Optional<Factor> factor = factor(key);
            Optional<SupplementaryQuestion> question = supplementary.stream()
                    .filter(q -> q.id().equalsIgnoreCase(key)).findFirst();
            if (factor.isPresent()) {
                parseFactor(factor.get(), key, value, scores, problems);
            } else if (question.isPresent()) {
                parseYesNo(question.get(), value, yesNo, problems);
            } else {
                problems.add(new Problem(key, "no such factor in " + id + " (factors are 1–" + factors.size()
                        + " or their ids)", Suggestions.closest(key, answerIds()).orElse(null)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("answers for " + id + " refused", problems);
        }
        return result(scores, yesNo);
    }

    /** Scores already-validated answers; used to reproduce a stored assessment. */
    public InstrumentResult result(Map<String, Integer> factorScores, Map<String, Boolean> supplementaryAnswers) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        int total = 0;
        for (Factor f : factors) {
            Integer s = factorScores.get(f.id());
            if (s == null) {
                missing.add(f.id());
            } else {
                if (!f.allows(s)) {
                    throw new IllegalArgumentException("score " + s + " is not on the scale of factor " + f.id());
                }
                ordered.put(f.id(), s);
                total += s * f.weight();
            }
        }
        Map<String, Boolean> supp = new LinkedHashMap<>();
        for (SupplementaryQuestion q : supplementary) {
            Boolean a = supplementaryAnswers.get(q.id());
            if (a != null) {
                supp.put(q.id(), a);
                total += a ? q.weight() : 0;
            }
        }
        boolean complete = missing.isEmpty();
        Optional<Band> band = complete ? bandFor(total) : Optional.empty();
        return new InstrumentResult(id, version, complete, complete ? total : null, total,
                band.map(Band::band).orElse(null), band.map(Band::level).orElse(null),
                reachableMaximum(), ordered, supp, missing);
    }

    private List<String> answerIds() {
        return Stream.concat(factors.stream().map(Factor::id), supplementary.stream().map(SupplementaryQuestion::id)).toList();
    }

    private static void parseFactor(Factor f, String key, String value, Map<String, Integer> scores, List<Problem> problems) {
        String range = f.minScore() + "–" + f.maxScore();
        int score;
        try {
            score = Integer.parseInt(value);
        } catch (NumberFormatException ex) {
            problems.add(Problem.of(f.id(), "'" + value + "' is not a score; factor " + f.number() + " (" + f.title() + ") takes a whole number " + range));
            return;
        }
        if (!f.allows(score)) {
            problems.add(Problem.of(f.id(), "score " + score + " is out of range for factor " + f.number() + " (" + f.title() + "): " + range));
        } else if (scores.containsKey(f.id())) {
            problems.add(Problem.of(f.id(), "answered twice (as '" + key + "' and by another name)"));
        } else {
            scores.put(f.id(), score);
        }
    }

    private static void parseYesNo(SupplementaryQuestion q, String value, Map<String, Boolean> out, List<Problem> problems) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> out.put(q.id(), true);
            case "no", "n", "false" -> out.put(q.id(), false);
            default -> problems.add(Problem.of(q.id(), "'" + value + "' is not yes or no (" + q.text() + ")"));
        }
    }

    private static void checkUnique(Stream<String> names, String what) {
        List<String> all = names.toList();
        List<String> dupes = all.stream().filter(n -> all.indexOf(n) != all.lastIndexOf(n)).distinct().toList();
        if (!dupes.isEmpty()) {
            throw new IllegalArgumentException("duplicate " + what + ": " + dupes.stream().collect(Collectors.joining(", ")));
        }
    }

    @Override
    public String toString() {
        return id + " " + version;
    }

    /** Builds an {@link Instrument}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String version;
        private String title;
        private String source = "";
        private final List<Factor> factors = new ArrayList<>();
        private final List<SupplementaryQuestion> supplementary = new ArrayList<>();
        private final List<Band> bands = new ArrayList<>();

        private Builder(String id, String version) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = Objects.requireNonNull(version, "version");
        }

        public Builder title(String title) { this.title = title; return this; }
        public Builder source(String source) { this.source = source; return this; }

        /** Adds a factor with weight 1 and the source's own descriptors. */
        public Builder factor(int number, String factorId, String factorTitle, FactorOption... options) {
            return factor(new Factor(number, factorId, factorTitle, List.of(options), 1, ""));
        }

        public Builder factor(Factor factor) { factors.add(factor); return this; }

        public Builder supplementary(String questionId, String text) {
            supplementary.add(new SupplementaryQuestion(questionId, text, 0));
            return this;
        }

        public Builder supplementary(SupplementaryQuestion q) { supplementary.add(q); return this; }

        public Builder band(int min, int max, String band, String level) {
            bands.add(new Band(min, max, band, level));
            return this;
        }

        public Instrument build() { return new Instrument(this); }
    }
}
