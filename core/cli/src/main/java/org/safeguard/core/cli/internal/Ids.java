package org.safeguard.core.cli.internal;

import java.util.List;
import org.safeguard.core.app.ReferenceService.Kind;

/**
 * What a command line says for a record — its number or the reference the lists print — turned
 * into its id by the application's reference service. Options and parameters that name a
 * record are text, so {@code child show C00003} and {@code child show 3} both work.
 */
final class Ids {
    private Ids() {
    }

    static long child(Session s, String typed) {
        return of(s, Kind.CHILD, typed);
    }

    static Long childOrNull(Session s, String typed) {
        return typed == null ? null : child(s, typed);
    }

    static long ofCase(Session s, String typed) {
        return of(s, Kind.CASE, typed);
    }

    static List<Long> cases(Session s, List<String> typed) {
        return typed.stream().map(t -> ofCase(s, t)).toList();
    }

    static long meeting(Session s, String typed) {
        return of(s, Kind.MEETING, typed);
    }

    static long action(Session s, String typed) {
        return of(s, Kind.ACTION, typed);
    }

    static long person(Session s, String typed) {
        return of(s, Kind.PERSON, typed);
    }

    private static long of(Session s, Kind kind, String typed) {
        return s.app().references().resolve(s.ctx(), kind, typed);
    }
}
