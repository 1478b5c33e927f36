package org.safeguard.core.api.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A case as recorded, read-only, for the plugin of its area: its current classifications, the
 * latest version of each case form, its outcomes and the people of concern linked to its
 * child. A snapshot taken by the core within one transaction; immutable and thread-safe.
 */
@org.osgi.annotation.versioning.ProviderType
public interface RecordedCase {
    /** The area the case belongs to. */
    String area();

    /** The case's reference, e.g. {@code MASE-00012}. */
    String reference();

    /** The day the case was opened. */
    LocalDate opened();

    /** The case's current value in a classification scheme (a scheme id of its area), if it has one. */
    Optional<String> classification(String scheme);

    /** The latest version of each case form recorded on the case, by form id. */
    List<FormAnswers> forms();

    /** The latest version of a case form recorded on the case, if any. */
    Optional<FormAnswers> form(String formId);

    /**
     * The answers of the referral that opened the case (its first, the one {@code referral.received}
     * and the deadline event {@code referral} count from), as its form's validation normalised them
     * ({@code number}: how many referrals the case has). Empty for a case opened without one.
     *
     * @since 1.2
     */
    default Optional<FormAnswers> referral() {
        return Optional.empty();
    }

    /**
     * The latest screening of each checklist recorded on the case, by checklist id in the order
     * first screened: what it proposed (the routes of the rules that held) and whether every rule
     * was decided.
     *
     * @since 1.2
     */
    default List<Screening> screenings() {
        return List.of();
    }

    /** The outcomes recorded on the case, oldest first. */
    List<Outcome> outcomes();

    /** Ids of the persons of concern linked to the case's child. */
    List<Long> linkedPersons();

    /**
     * The plan in force of each kind recorded on the case (the latest version of each), by kind id.
     *
     * @since 1.1
     */
    default List<Plan> plans() {
        return List.of();
    }

    /** The plan in force of a kind, if one is recorded. @since 1.1 */
    default Optional<Plan> plan(String kind) {
        return plans().stream().filter(p -> p.kind().equals(kind)).findFirst();
    }

    /**
     * The decisions recorded on the case (the decision log), oldest first: what was decided
     * about and what was decided, never the reasons.
     *
     * @since 1.1
     */
    default List<Decision> decisions() {
        return List.of();
    }

    /**
     * The meetings the case is or was on the panel of, cancelled ones left out, by date.
     *
     * @since 1.1
     */
    default List<MeetingOnPanel> meetings() {
        return List.of();
    }

    /** The case is on the panel of a meeting of the type that has been held. @since 1.1 */
    default boolean heldMeeting(String meetingType) {
        return meetings().stream().anyMatch(m -> m.type().equals(meetingType) && m.held());
    }

    default boolean hasOutcome(String code) {
        return outcomes().stream().anyMatch(o -> o.code().equals(code));
    }

    /**
     * One version of a form recorded on a case: the answers as the form's validation normalised
     * them (dates as YYYY-MM-DD, yes/no as {@code true}/{@code false}, codes by their stored spelling).
     *
     * @param formId  the form
     * @param version the form version it was recorded on
     * @param number  1 for the first record of the form on the case, 2 for the next …
     */
    record FormAnswers(String formId, String version, int number, java.util.Map<String, Object> answers) {
        public FormAnswers {
            answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        }

        /** A single answer as text ({@code yes}/{@code no} for yes/no), if given and not blank. */
        public Optional<String> text(String field) {
            Object v = answers.get(field);
            if (v instanceof Boolean b) {
                return Optional.of(b ? "yes" : "no");
            }
            return v == null || v.toString().isBlank() || v instanceof List ? Optional.empty() : Optional.of(v.toString());
        }

        /** A yes/no answer, if given. */
        public Optional<Boolean> yesNo(String field) {
            return answers.get(field) instanceof Boolean b ? Optional.of(b) : Optional.empty();
        }

        /** A multiple-choice answer: its codes in the order given; empty when not answered. */
        public List<String> codes(String field) {
            Object v = answers.get(field);
            if (v instanceof List<?> l) {
                return l.stream().map(String::valueOf).toList();
            }
            return v == null || v.toString().isBlank() ? List.of() : List.of(v.toString());
        }
    }

    /**
     * A checklist's result recorded on the case.
     *
     * @param proposals the route ids proposed, in rule order
     * @since 1.2
     */
    record Screening(String checklist, String version, boolean complete, List<String> proposals, LocalDate on) {
        public Screening {
            proposals = List.copyOf(proposals);
        }
    }

    /**
     * An outcome recorded on the case.
     *
     * @param code   an outcome code of the area
     * @param person the person of concern it is entered on, or null for the victim
     * @param on     the day it was achieved
     */
    record Outcome(String code, Long person, LocalDate on) {
    }

    /**
     * The plan in force of a kind on the case.
     *
     * @param kind     a plan kind id of the area
     * @param route    the route it leads to, or null when its kind has none
     * @param version  1 for the first plan of its kind, 2 for the next …
     * @param reviewOn the day it is reviewed, or null
     * @since 1.1
     */
    record Plan(String kind, String route, int version, LocalDate reviewOn) {
    }

    /**
     * A decision recorded on the case.
     *
     * @param kind     what was decided about, as recorded (e.g. {@code refer})
     * @param decision what was decided
     * @param on       the day it was decided
     * @since 1.1
     */
    record Decision(String kind, String decision, LocalDate on) {
    }

    /**
     * A meeting the case is on the panel of.
     *
     * @param type a meeting type id of the area definition
     * @param on   the day it is or was
     * @param held whether it has been held (its attendance or minutes are recorded)
     * @since 1.1
     */
    record MeetingOnPanel(String type, LocalDate on, boolean held) {
    }
}
