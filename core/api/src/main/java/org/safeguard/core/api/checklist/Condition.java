package org.safeguard.core.api.checklist;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a checklist rule holds, over the answers: three-valued, so that an unknown answer leaves a
 * condition undecided rather than false. Build conditions with the static methods. Immutable.
 */
public sealed interface Condition {
    /** Whether it holds for the answers (question id to answer; numbers as {@link Integer}, absent when not given). */
    Tri test(Map<String, Object> answers);

    /** The question ids it reads. */
    List<String> reads();

    /** The condition in words, for documentation and "why" output. */
    String describe();

    /** The question is answered yes. */
    static Condition yes(String question) {
        return new AnyYes(List.of(question));
    }

    /** At least one of the questions is answered yes (undecided while none is yes and one is unknown). */
    static Condition anyYes(List<String> questions) {
        return new AnyYes(questions);
    }

    /** Every one of the questions is answered no (undecided while none is yes and one is unknown). */
    static Condition allNo(List<String> questions) {
        return new AllNo(questions);
    }

    /** A number question's answer is below the value. */
    static Condition below(String number, int value) {
        return new Below(number, value);
    }

    /** A number question's answer is at least the value. */
    static Condition atLeast(String number, int value) {
        return new AtLeast(number, value);
    }

    /** Every condition holds. */
    static Condition all(Condition... conditions) {
        return new All(List.of(conditions));
    }

    /** At least one condition holds. */
    static Condition any(Condition... conditions) {
        return new Any(List.of(conditions));
    }

    /** {@code decisive} at the first condition that gives it; else undecided if one is; else {@code otherwise}. */
    private static Tri combine(List<Condition> conditions, Map<String, Object> answers, Tri decisive, Tri otherwise) {
        boolean undecided = false;
        for (Condition c : conditions) {
            Tri t = c.test(answers);
            if (t == decisive) {
                return decisive;
            }
            undecided |= t == Tri.UNDECIDED;
        }
        return undecided ? Tri.UNDECIDED : otherwise;
    }

    /** {@code onYes} at the first yes; else undecided if one is unknown (or unanswered); else {@code allNo}. */
    private static Tri scan(List<String> questions, Map<String, Object> answers, Tri onYes, Tri allNo) {
        boolean unknown = false;
        for (String q : questions) {
            Answer a = answers.get(q) instanceof Answer x ? x : Answer.UNKNOWN;
            if (a == Answer.YES) {
                return onYes;
            }
            unknown |= a == Answer.UNKNOWN;
        }
        return unknown ? Tri.UNDECIDED : allNo;
    }

    /** {@link #anyYes}. */
    record AnyYes(List<String> questions) implements Condition {
        public AnyYes {
            questions = List.copyOf(questions);
            if (questions.isEmpty()) {
                throw new IllegalArgumentException("a condition reads at least one question");
            }
        }

        @Override
        public Tri test(Map<String, Object> answers) {
            return scan(questions, answers, Tri.TRUE, Tri.FALSE);
        }

        @Override
        public List<String> reads() {
            return questions;
        }

        @Override
        public String describe() {
            return questions.size() == 1 ? questions.get(0) + " is yes" : "any of " + String.join(", ", questions) + " is yes";
        }
    }

    /** {@link #allNo}. */
    record AllNo(List<String> questions) implements Condition {
        public AllNo {
            questions = List.copyOf(questions);
            if (questions.isEmpty()) {
                throw new IllegalArgumentException("a condition reads at least one question");
            }
        }

        @Override
        public Tri test(Map<String, Object> answers) {
            return scan(questions, answers, Tri.FALSE, Tri.TRUE);
        }

        @Override
        public List<String> reads() {
            return questions;
        }

        @Override
        public String describe() {
            return (questions.size() == 1 ? questions.get(0) : "every one of " + String.join(", ", questions)) + " is no";
        }
    }

    /** {@link #below}. */
    record Below(String number, int value) implements Condition {
        public Below {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public Tri test(Map<String, Object> answers) {
            return answers.get(number) instanceof Integer n ? Tri.of(n < value) : Tri.UNDECIDED;
        }

        @Override
        public List<String> reads() {
            return List.of(number);
        }

        @Override
        public String describe() {
            return number + " is under " + value;
        }
    }

    /** {@link #atLeast}. */
    record AtLeast(String number, int value) implements Condition {
        public AtLeast {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public Tri test(Map<String, Object> answers) {
            return answers.get(number) instanceof Integer n ? Tri.of(n >= value) : Tri.UNDECIDED;
        }

        @Override
        public List<String> reads() {
            return List.of(number);
        }

        @Override
        public String describe() {
            return number + " is " + value + " or more";
        }
    }

    /** {@link #all}. */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Tri test(Map<String, Object> answers) {
            return combine(conditions, answers, Tri.FALSE, Tri.TRUE);
        }

        @Override
        public List<String> reads() {
            return conditions.stream().flatMap(c -> c.reads().stream()).distinct().toList();
        }

        @Override
        public String describe() {
            return String.join(" and ", conditions.stream().map(Condition::describe).toList());
        }
    }

    /** {@link #any}. */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Tri test(Map<String, Object> answers) {
            return combine(conditions, answers, Tri.TRUE, Tri.FALSE);
        }

        @Override
        public List<String> reads() {
            return conditions.stream().flatMap(c -> c.reads().stream()).distinct().toList();
        }

        @Override
        public String describe() {
            return "(" + String.join(" or ", conditions.stream().map(Condition::describe).toList()) + ")";
        }
    }
}
