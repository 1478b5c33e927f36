package org.safeguard.core.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was refused. Carries every problem found, not just the first, so a person can fix
 * them all at once. Nothing was stored when this is thrown.
 */
public class InvalidInputException extends SafeguardException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(String what, List<Problem> problems) {
        super(what + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String what, Problem problem) {
        return new InvalidInputException(what, List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
