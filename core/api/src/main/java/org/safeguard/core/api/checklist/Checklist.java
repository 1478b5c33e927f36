package org.safeguard.core.api.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;

/**
 * A checklist instrument: questions answered yes, no or unknown (and number questions such as an
 * age), and rules that propose routes from the answers. Build one with
 * {@link #builder(String, String)}. Immutable and thread-safe.
 *
 * <p>Checked when built: ids unique; every rule reads questions of the checklist (numbers with
 * number conditions, yes/no questions with yes/no ones) and proposes its routes.
 *
 * <p>Evaluating: a yes/no question not answered is unknown. A rule holds, does not hold, or is
 * undecided while an answer it reads is unknown; the result is complete when no rule is
 * undecided, and proposes what the rules that hold propose. So an unknown answer is never read
 * as "does not apply": a route that needs every answer no (no referral) is not proposed while
 * one is unknown.
 */
public final class Checklist {
    private final String id;
    private final String version;
    private final String title;
    private final String source;
    private final List<Question> questions;
    private final List<Route> routes;
    private final List<Rule> rules;

    private Checklist(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.title = Objects.requireNonNull(b.title, "title");
        this.source = b.source == null ? "" : b.source;
        Set<String> read = new HashSet<>();
        b.rules.forEach(r -> read.addAll(reads(r.when())));
        this.questions = b.questions.stream().map(q -> new Question(q.id(), q.text(), q.source(), q.number(), q.min(), q.max(),
                read.contains(q.id()) && !q.codeSet(), q.childAge(), q.codes())).toList();
        this.routes = List.copyOf(b.routes);
        this.rules = List.copyOf(b.rules);
        unique(questions.stream().map(Question::id).toList(), "question");
        unique(routes.stream().map(Route::id).toList(), "route");
        unique(rules.stream().map(Rule::id).toList(), "rule");
        for (Rule r : rules) {
            check(r.id(), r.when());
            for (String route : r.proposes()) {
                if (route(route).isEmpty()) {
                    throw new IllegalArgumentException("rule " + r.id() + " proposes " + route + ", which is not a route of " + id);
                }
            }
        }
    }

    public static Builder builder(String id, String version) {
        return new Builder(id, version);
    }

    public String id() { return id; }
    public String version() { return version; }
    public String title() { return title; }
    /** Where the checklist comes from, e.g. "Swindon CSE Professionals' Handbook, §9". */
    public String source() { return source; }
    public List<Question> questions() { return questions; }
    public List<Route> routes() { return routes; }
    public List<Rule> rules() { return rules; }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The number question that is the child's age, if the checklist asks one. */
    public Optional<Question> childAge() {
        return questions.stream().filter(Question::childAge).findFirst();
    }

    public Optional<Route> route(String routeId) {
        return routes.stream().filter(r -> r.id().equals(routeId)).findFirst();
    }

    /**
     * Evaluates answers: question id to {@code yes}, {@code no} or {@code unknown}, or a whole
     * number for a number question.
     *
     * @throws InvalidInputException naming every unknown question (with the nearest id), every
     *                               answer that is not yes/no/unknown and every number out of range
     */
    public ChecklistResult evaluate(Map<String, String> given) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, String> normalised = new LinkedHashMap<>();
        List<String> ids = questions.stream().map(Question::id).toList();
        given.forEach((key, value) -> {
            String k = key.strip();
            Optional<Question> q = question(k);
            if (q.isEmpty()) {
                problems.add(new Problem(k, "is not a question of " + title, Suggestions.closest(k, ids).orElse(null)));
            } else if (q.get().codeSet()) {
                List<String> codes = new ArrayList<>();
                for (String code : value.split(",")) {
                    String c = code.strip();
                    if (c.isEmpty() || codes.contains(c)) {
                        continue;
                    }
                    if (!q.get().codes().contains(c)) {
                        problems.add(new Problem(k, "'" + c + "' is not one of its codes", Suggestions.closest(c, q.get().codes()).orElse(null)));
                    }
                    codes.add(c);
                }
                if (!codes.isEmpty()) {
                    answers.put(k, String.join(",", codes));
                }
            } else if (q.get().number()) {
                Integer n = number(value);
                if (n == null || n < q.get().min() || n > q.get().max()) {
                    problems.add(Problem.of(k, "'" + value + "' is not a whole number from " + q.get().min() + " to " + q.get().max()));
                } else {
                    answers.put(k, n);
                }
            } else {
                Optional<Answer> a = Answer.parse(value);
                if (a.isEmpty()) {
                    problems.add(Problem.of(k, "'" + value + "' is not yes, no or unknown"));
                } else {
                    answers.put(k, a.get());
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(title + " refused", problems);
        }
        for (Question q : questions) {
            Object a = answers.get(q.id());
            if (a != null) {
                normalised.put(q.id(), a instanceof Answer x ? x.word() : a.toString());
            }
        }
        boolean complete = true;
        Set<String> proposals = new LinkedHashSet<>();
        List<ChecklistResult.Held> held = new ArrayList<>();
        for (Rule r : rules) {
            Tri t = r.when().test(answers);
            if (t == Tri.UNDECIDED) {
                complete = false;
            } else if (t == Tri.TRUE) {
                proposals.addAll(r.proposes());
                held.add(new ChecklistResult.Held(r.id(), r.source(), r.when().describe(), r.proposes()));
            }
        }
        List<String> unknown = questions.stream().filter(q -> !q.number() && q.routes()
                && answers.getOrDefault(q.id(), Answer.UNKNOWN) == Answer.UNKNOWN).map(Question::id).toList();
        return new ChecklistResult(id, version, complete, List.copyOf(proposals), held, unknown, normalised);
    }

    /**
     * What a result recommends, in the checklist's own words: the titles of the routes it
     * proposes, in rule order, joined by "; ". With nothing proposed it says so — "not yet
     * known" while an answer a rule reads is unknown — so the text always differs between an
     * outcome that proposes a route and one that does not. The recommendation is advice: what
     * is done is a person's decision.
     *
     * @since 1.1
     */
    public String recommendation(ChecklistResult result) {
        if (!result.proposals().isEmpty()) {
            return String.join("; ", result.proposals().stream().map(p -> route(p).map(Route::title).orElse(p)).toList());
        }
        return result.complete() ? "Nothing is proposed."
                : "Not yet known: nothing can be proposed while " + String.join(", ", result.unknown()) + " "
                        + (result.unknown().size() == 1 ? "is" : "are") + " unknown.";
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void check(String rule, Condition c) {
        if (c instanceof Condition.AnyYes x) {
            x.questions().forEach(q -> kind(rule, q, false));
        } else if (c instanceof Condition.AllNo x) {
            x.questions().forEach(q -> kind(rule, q, false));
        } else if (c instanceof Condition.Below x) {
            kind(rule, x.number(), true);
        } else if (c instanceof Condition.AtLeast x) {
            kind(rule, x.number(), true);
        } else if (c instanceof Condition.All x) {
            x.conditions().forEach(y -> check(rule, y));
        } else if (c instanceof Condition.Any x) {
            x.conditions().forEach(y -> check(rule, y));
        }
    }

    private void kind(String rule, String questionId, boolean number) {
        Question q = question(questionId).orElseThrow(() -> new IllegalArgumentException("rule " + rule + " reads " + questionId
                + ", which is not a question of " + id));
        if (q.codeSet()) {
            throw new IllegalArgumentException("rule " + rule + " reads " + questionId + ", a set of codes, which is recorded only");
        }
        if (q.number() != number) {
            throw new IllegalArgumentException("rule " + rule + " reads " + questionId + " as " + (number ? "a number" : "yes/no")
                    + ", but it is " + (q.number() ? "a number" : "yes/no"));
        }
    }

    private static Set<String> reads(Condition c) {
        return new HashSet<>(c.reads());
    }

    private static void unique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String i : ids) {
            if (!seen.add(i)) {
                throw new IllegalArgumentException("duplicate " + what + " id " + i);
            }
        }
    }

    /** Builds a {@link Checklist}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String version;
        private String title;
        private String source;
        private final List<Question> questions = new ArrayList<>();
        private final List<Route> routes = new ArrayList<>();
        private final List<Rule> rules = new ArrayList<>();

        private Builder(String id, String version) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = Objects.requireNonNull(version, "version");
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** A yes/no/unknown question. */
        public Builder question(String questionId, String text, String source) {
            questions.add(new Question(questionId, text, source, false, 0, 0, false, false));
            return this;
        }

        /**
         * A set-of-codes question, recorded only: answered with any of the codes, comma-separated.
         *
         * @since 1.2
         */
        public Builder codes(String questionId, String text, List<String> allowed, String source) {
            if (allowed.isEmpty()) {
                throw new IllegalArgumentException("question " + questionId + ": a set of codes needs its codes");
            }
            questions.add(new Question(questionId, text, source, false, 0, 0, false, false, allowed));
            return this;
        }

        /** A whole-number question with its allowed range. */
        public Builder number(String questionId, String text, int min, int max, String source) {
            questions.add(new Question(questionId, text, source, true, min, max, false, false));
            return this;
        }

        /** The child's age in whole years, with its allowed range: worked out from the child's date of birth when recorded on a child. */
        public Builder childAge(String questionId, String text, int min, int max, String source) {
            questions.add(new Question(questionId, text, source, true, min, max, false, true));
            return this;
        }

        public Builder route(String routeId, String title) {
            routes.add(new Route(routeId, title));
            return this;
        }

        public Builder rule(String ruleId, String source, Condition when, String... proposes) {
            rules.add(new Rule(ruleId, source, when, List.of(proposes)));
            return this;
        }

        public Checklist build() {
            return new Checklist(this);
        }
    }
}
