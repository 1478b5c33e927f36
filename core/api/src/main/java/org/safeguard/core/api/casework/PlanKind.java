package org.safeguard.core.api.casework;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of plan a case of an area carries — a safety plan, a disruption plan, an exit strategy
 * — with the routes a plan of the kind may lead to (an exit strategy's: team around the child,
 * child protection conference …); a kind with no routes takes none. Declared by an area's
 * {@link PlanProvider}; the core records plans of the declared kinds only. Immutable and
 * thread-safe.
 *
 * <p>Invariants: ids are lower-case words joined by {@code -}; route ids are unique within the kind.
 *
 * @param id     the kind's id, e.g. {@code safety}
 * @param title  its name in words, e.g. "Safety plan"
 * @param routes the routes a plan of this kind may lead to, in the order to show them; empty for none
 * @param confidential its plans hold what only the panel's professionals may see (a disruption
 *               plan's police information): never in the papers of a restricted audience, whatever
 *               part of a meeting or template prints plans
 * @since 1.1
 */
public record PlanKind(String id, String title, List<Route> routes, boolean confidential) {
    public PlanKind {
        Objects.requireNonNull(title, "title");
        checkId(id);
        routes = List.copyOf(routes);
        Set<String> seen = new HashSet<>();
        for (Route r : routes) {
            if (!seen.add(r.id())) {
                throw new IllegalArgumentException("duplicate route " + r.id() + " in plan kind " + id);
            }
        }
    }

    /** A kind whose plans every audience of the papers may see. */
    public PlanKind(String id, String title, List<Route> routes) {
        this(id, title, routes, false);
    }

    /** A kind with no routes. */
    public static PlanKind of(String id, String title) {
        return new PlanKind(id, title, List.of());
    }

    /** A kind with no routes whose plans never reach a restricted audience. */
    public static PlanKind confidential(String id, String title) {
        return new PlanKind(id, title, List.of(), true);
    }

    public Optional<Route> route(String routeId) {
        return routes.stream().filter(r -> r.id().equals(routeId)).findFirst();
    }

    /**
     * A route a plan may lead to.
     *
     * @param id    e.g. {@code tac}
     * @param title e.g. "Team Around the Child (TAC)"
     */
    public record Route(String id, String title) {
        public Route {
            checkId(id);
            Objects.requireNonNull(title, "title");
        }
    }

    private static void checkId(String id) {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a plan kind or route id is lower-case words joined by '-', not '" + id + "'");
        }
    }
}
