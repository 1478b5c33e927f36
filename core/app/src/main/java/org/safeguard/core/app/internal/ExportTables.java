package org.safeguard.core.app.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.ClassificationScheme;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Decision;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.model.Referral;
import org.safeguard.core.model.ReferralFacts;
import org.safeguard.core.store.AreaExtracts;
import org.safeguard.core.store.Tx;

/**
 * The six tables an area exports: each one's header, and its rows written a page of records at a
 * time, with what the page needs beside it (child references, case references, classifications,
 * meetings) read for the whole page in one statement each. Children are named by their reference;
 * their names and dates of birth — the most identifying of their details — go in only when asked
 * for, and then only in the tables that are about them (cases, referrals). A referral's answers
 * bound to the child's name, date of birth or address are left out likewise. Stateless.
 */
final class ExportTables {
    /** Records read and written per statement. */
    static final int PAGE = 2_000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    /** A referral form's fields that identify the child, left out without names. */
    private static final Set<CoreField> IDENTIFYING = Set.of(CoreField.FAMILY_NAME, CoreField.GIVEN_NAME, CoreField.MIDDLE_NAMES,
            CoreField.ALTERNATIVE_NAMES, CoreField.DATE_OF_BIRTH, CoreField.ADDRESS);
    private static final List<String> NAMES = List.of("childFamilyName", "childGivenName", "childDateOfBirth");

    /** Where the rows go, and the children whose details went with them. */
    interface Sink {
        void row(List<String> cells);

        void concerns(long childId);
    }

    /** One table: its header, and a writer of its rows into a sink. */
    interface Table {
        List<String> header();

        void write(Tx tx, Sink sink);
    }

    private ExportTables() {
    }

    /** The table of a kind for an area; {@code form} is the area's referral form, when it has one. */
    static Table of(String kind, AreaDescriptor area, boolean withNames, Optional<FormDefinition> form) {
        return switch (kind) {
            case "cases" -> cases(area, withNames);
            case "referrals" -> referrals(area, withNames, form);
            case "decisions" -> decisions(area);
            case "actions" -> actions(area);
            case "persons" -> persons(area);
            case "meetings" -> meetings(area);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Table cases(AreaDescriptor area, boolean withNames) {
        List<String> schemes = area.schemes().stream().map(ClassificationScheme::id).toList();
        List<String> header = new ArrayList<>(List.of("reference", "child"));
        if (withNames) {
            header.addAll(NAMES);
        }
        header.addAll(List.of("status", "opened", "closed", "closeReason", "priority"));
        header.addAll(schemes);
        header.addAll(List.of("assessmentInstrument", "assessmentScore", "assessmentBand", "assessmentLevel", "assessed"));
        return table(header, (tx, sink) -> pages(id -> tx.areaExtracts().cases(area.id(), id, PAGE), CaseRecord::id, page -> {
            List<Long> ids = page.stream().map(CaseRecord::id).toList();
            Map<Long, Child> children = tx.children().withIds(page.stream().map(CaseRecord::childId).distinct().toList());
            Map<Long, Map<String, String>> classes = tx.areaExtracts().classificationsFor(ids);
            Map<Long, Assessment> assessed = tx.areaExtracts().latestFinalFor(ids);
            for (CaseRecord c : page) {
                List<String> row = new ArrayList<>(List.of(c.reference(), childRef(children, c.childId())));
                if (withNames) {
                    row.addAll(names(children.get(c.childId())));
                }
                row.addAll(cells(c.status().name().toLowerCase(java.util.Locale.ROOT), day(c.opened()), day(c.closed()), c.closeReason(),
                        c.priority()));
                Map<String, String> current = classes.getOrDefault(c.id(), Map.of());
                schemes.forEach(s -> row.add(current.get(s)));
                Assessment a = assessed.get(c.id());
                row.addAll(a == null ? cells(null, null, null, null, null)
                        : cells(a.instrumentId(), a.score() == null ? null : a.score().toString(), a.band(), a.level(), local(a.recorded())));
                sink.row(row);
                sink.concerns(c.childId());
            }
        }));
    }

    private static Table referrals(AreaDescriptor area, boolean withNames, Optional<FormDefinition> form) {
        List<FieldDefinition> fields = form.map(FormDefinition::fields).orElse(List.of()).stream()
                .filter(f -> withNames || f.binding() == null || !IDENTIFYING.contains(f.binding())).toList();
        List<String> header = new ArrayList<>(List.of("reference", "case", "child"));
        if (withNames) {
            header.addAll(NAMES);
        }
        header.addAll(List.of("received", "referrerAgency", "socialCareOutcome", "camhsContact", "missingBefore", "initialContact"));
        // a field bound to a column already there (the referrer's agency) is that column
        List<FieldDefinition> answered = fields.stream().filter(f -> !header.contains(f.id())).toList();
        answered.forEach(f -> header.add(f.id()));
        return table(header, (tx, sink) -> pages(id -> tx.areaExtracts().referrals(area.id(), id, PAGE), Referral::id, page -> {
            Map<Long, Child> children = tx.children().withIds(page.stream().map(Referral::childId).distinct().toList());
            Map<Long, CaseRecord> cases = tx.cases().withIds(page.stream().map(Referral::caseId).distinct().toList());
            for (Referral r : page) {
                List<String> row = new ArrayList<>(List.of(ReferralReading.reference(r.id()), cases.get(r.caseId()).reference(),
                        childRef(children, r.childId())));
                if (withNames) {
                    row.addAll(names(children.get(r.childId())));
                }
                ReferralFacts facts = r.facts();
                row.addAll(cells(day(r.received()), r.referrerAgency(), facts.socialCareOutcome(), yesNo(facts.camhsContact()),
                        facts.missingBefore() == null ? null : facts.missingBefore().toString(), facts.initialContact()));
                answered.forEach(f -> row.add(answer(r.answers().get(f.id()))));
                sink.row(row);
                sink.concerns(r.childId());
            }
        }));
    }

    private static Table decisions(AreaDescriptor area) {
        return table(List.of("id", "case", "child", "kind", "decision", "reasons", "decidedBy", "decidedOn", "approvedBy", "recordedBy",
                "recorded"), (tx, sink) -> pages(id -> tx.areaExtracts().decisions(area.id(), id, PAGE), Decision::id, page -> {
                    Map<Long, CaseRecord> cases = tx.cases().withIds(page.stream().map(Decision::caseId).distinct().toList());
                    Map<Long, Child> children = tx.children().withIds(cases.values().stream().map(CaseRecord::childId).distinct().toList());
                    for (Decision d : page) {
                        CaseRecord c = cases.get(d.caseId());
                        sink.row(cells(String.valueOf(d.id()), c.reference(), childRef(children, c.childId()), d.kind(), d.decision(),
                                d.reasons(), d.decidedBy(), day(d.decidedOn()), d.approvedBy(), d.recordedBy(), local(d.recorded())));
                        sink.concerns(c.childId());
                    }
                }));
    }

    private static Table actions(AreaDescriptor area) {
        return table(List.of("reference", "meeting", "item", "case", "child", "description", "owner", "agency", "due", "status", "closed",
                "closedNote", "strand", "confidential"), (tx, sink) -> pages(id -> tx.areaExtracts().actions(area.id(), id, PAGE),
                MeetingAction::id, page -> {
                    Map<Long, Meeting> meetings = tx.meetings().withIds(page.stream().map(MeetingAction::meetingId)
                            .filter(java.util.Objects::nonNull).distinct().toList());
                    Map<Long, CaseRecord> cases = tx.cases().withIds(page.stream().map(MeetingAction::caseId)
                            .filter(java.util.Objects::nonNull).distinct().toList());
                    Map<Long, Child> children = tx.children().withIds(cases.values().stream().map(CaseRecord::childId).distinct().toList());
                    for (MeetingAction a : page) {
                        CaseRecord c = a.caseId() == null ? null : cases.get(a.caseId());
                        sink.row(cells(a.reference(), a.meetingId() == null ? "none" : meetings.get(a.meetingId()).reference(), a.item(),
                                c == null ? null : c.reference(), c == null ? null : childRef(children, c.childId()), a.description(),
                                a.owner(), a.agency(), day(a.due()), a.status().name().toLowerCase(java.util.Locale.ROOT), local(a.closed()),
                                a.closedNote(), a.strand(), a.confidential() ? "yes" : "no"));
                        if (c != null) {
                            sink.concerns(c.childId());
                        }
                    }
                }));
    }

    private static Table persons(AreaDescriptor area) {
        return table(List.of("reference", "name", "aliases", "dateOfBirth", "gender", "ethnicity", "referred", "area", "gangAffiliation",
                "offendingHistory", "children"), (tx, sink) -> pages(id -> tx.areaExtracts().persons(area.id(), id, PAGE),
                PersonOfConcern::id, page -> {
                    Map<Long, List<Long>> linked = tx.areaExtracts().linkedChildren(area.id(), page.stream().map(PersonOfConcern::id).toList());
                    Map<Long, Child> children = tx.children().withIds(linked.values().stream().flatMap(Collection::stream).distinct().toList());
                    for (PersonOfConcern p : page) {
                        List<Long> ids = linked.getOrDefault(p.id(), List.of());
                        sink.row(cells(p.reference(), p.name(), String.join(", ", p.aliases()), day(p.dateOfBirth()), p.gender(), p.ethnicity(),
                                day(p.referred()), p.area(), p.gangAffiliation(), p.offendingHistory(),
                                ids.stream().map(id -> childRef(children, id)).collect(Collectors.joining(", "))));
                        ids.forEach(sink::concerns);
                    }
                }));
    }

    private static Table meetings(AreaDescriptor area) {
        return table(List.of("reference", "type", "title", "starts", "ends", "venue", "chair", "status", "minutes", "cases"),
                (tx, sink) -> pages(id -> tx.areaExtracts().meetings(area.id(), id, PAGE), Meeting::id, page -> {
                    Map<Long, Integer> counts = tx.areaExtracts().caseCountsFor(page.stream().map(Meeting::id).toList());
                    for (Meeting m : page) {
                        sink.row(cells(m.reference(), m.meetingType(), m.typeName(), local(m.startsAt()), local(m.endsAt()), m.venue(), m.chair(),
                                m.status().name().toLowerCase(java.util.Locale.ROOT), m.minutes().name().toLowerCase(java.util.Locale.ROOT),
                                String.valueOf(counts.getOrDefault(m.id(), 0))));
                    }
                }));
    }

    private interface Rows {
        void write(Tx tx, Sink sink);
    }

    private static Table table(List<String> header, Rows rows) {
        List<String> h = List.copyOf(header);
        return new Table() {
            @Override
            public List<String> header() {
                return h;
            }

            @Override
            public void write(Tx tx, Sink sink) {
                rows.write(tx, sink);
            }
        };
    }

    /** Every page of records, in id order: a page, then the one after its last id, until one comes back short. */
    private static <T> void pages(Function<Long, List<T>> page, Function<T, Long> id, java.util.function.Consumer<List<T>> each) {
        long after = 0;
        while (true) {
            List<T> rows = page.apply(after);
            if (!rows.isEmpty()) {
                each.accept(rows);
                after = id.apply(rows.get(rows.size() - 1));
            }
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    private static String childRef(Map<Long, Child> children, long childId) {
        Child c = children.get(childId);
        return c == null ? null : c.reference();
    }

    private static List<String> names(Child c) {
        return c == null ? cells(null, null, null) : cells(c.familyName(), c.givenName(), day(c.dateOfBirth()));
    }

    private static List<String> cells(String... values) {
        List<String> out = new ArrayList<>(values.length);
        for (String v : values) {
            out.add(v);
        }
        return out;
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** An instant as the panel's local time (Europe/London), to the minute. */
    private static String local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, RequestContext.ZONE).format(LOCAL);
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }

    /** A stored answer as one cell: codes comma-separated (as an import reads them), a group's entries one after another. */
    static String answer(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return yesNo(b);
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ": " + answer(e.getValue())).collect(Collectors.joining("; "));
        }
        if (value instanceof Collection<?> c) {
            boolean entries = c.stream().anyMatch(Map.class::isInstance);
            return c.stream().map(ExportTables::answer).collect(Collectors.joining(entries ? " | " : ","));
        }
        return value.toString();
    }
}
