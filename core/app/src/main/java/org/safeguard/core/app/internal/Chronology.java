package org.safeguard.core.app.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.core.app.CaseService.Event;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.CaseForm;
import org.safeguard.core.model.CaseOutcome;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Classification;
import org.safeguard.core.model.Decision;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.MissingEpisode;
import org.safeguard.core.model.Placement;
import org.safeguard.core.model.Referral;
import org.safeguard.core.model.Screening;
import org.safeguard.core.store.Disclosure;
import org.safeguard.core.store.Tx;

/**
 * A case's chronology from the records already read for it, plus the meetings it was on, its
 * actions and the documents sent about its child — each one query sized to the case. In date
 * order; a date sorts before the moments of that day, and ties keep the order the kinds are
 * gathered in (then the order each was recorded), so the same records always read the same.
 */
final class Chronology {
    private Chronology() {
    }

    /** Everything recorded on the case in date order; plans by kind and version, never their text. */
    static List<Event> of(Tx tx, CaseRecord c, List<Referral> referrals, List<Assessment> assessments,
                          List<Classification> classifications, List<Decision> decisions, List<MissingEpisode> missing,
                          List<CaseForm> forms, List<CaseOutcome> outcomes, List<Screening> screenings, List<Placement> placements,
                          List<org.safeguard.core.model.Plan> plans) {
        List<Event> out = new ArrayList<>();
        for (Referral r : referrals) {
            out.add(new Event(r.received().toString(), "referral", "Referral on " + r.formId() + " from " + r.referrerName()
                    + (r.referrerAgency() == null || r.referrerAgency().isBlank() ? "" : " (" + r.referrerAgency() + ")"),
                    ReferralReading.reference(r.id())));
        }
        for (Assessment a : assessments) {
            out.add(new Event(a.recorded().toString(), "assessment", a.instrumentId() + " " + a.status().name().toLowerCase(Locale.ROOT)
                    + (a.score() == null ? "" : ", score " + a.score()) + (a.band() == null ? "" : ", band " + a.band()), null));
        }
        for (Classification k : classifications) {
            out.add(new Event(k.recorded().toString(), "classification", k.scheme() + ": " + (k.previous() == null ? "" : k.previous() + " → ")
                    + k.value(), null));
        }
        for (Placement p : placements) {
            out.add(new Event(p.placedOn().toString(), "placement", "Placed in " + p.hostArea(), null));
        }
        for (Screening s : screenings) {
            out.add(new Event(s.recorded().toString(), "screening", s.checklistId() + (s.complete() ? "" : ", incomplete")
                    + (s.proposals().isEmpty() ? ", nothing proposed" : ", proposes " + String.join(", ", s.proposals())), null));
        }
        for (CaseForm f : forms) {
            out.add(new Event(f.recorded().toString(), "case-form", f.formId() + " version " + f.number() + " recorded", null));
        }
        for (org.safeguard.core.model.Plan p : plans) {
            out.add(new Event(p.recorded().toString(), "plan", p.kind() + " plan version " + p.number() + " recorded"
                    + (p.route() == null ? "" : ", route " + p.route()), null));
        }
        for (CaseOutcome o : outcomes) {
            out.add(new Event(o.achievedOn().toString(), "outcome", o.code() + (o.personId() == null ? " for the victim" : " on person "
                    + tx.personsOfConcern().require(o.personId()).reference()), null));
        }
        for (MissingEpisode e : missing) {
            out.add(new Event(e.started().toString(), "missing", "Reported missing", null));
            if (e.returned() != null) {
                out.add(new Event(e.returned().toString(), "returned", "Returned" + (e.whereFound() == null ? "" : ", found at " + e.whereFound()), null));
            }
            if (e.returnInterviewHeld() != null) {
                out.add(new Event(e.returnInterviewHeld().toString(), "return-interview", "Return interview held", null));
            }
        }
        for (Meeting m : tx.meetings().forCase(c.id())) {
            out.add(new Event(m.startsAt().toString(), "meeting", m.typeName() + ", " + m.status().name().toLowerCase(Locale.ROOT)
                    + (m.cancellation() == null ? "" : " (" + m.cancellation().reason() + ")"), m.reference()));
        }
        for (Decision d : decisions) {
            out.add(new Event(d.decidedOn().toString(), "decision", d.kind() + ": " + d.decision(), null));
        }
        for (MeetingAction a : tx.actions().forCases(List.of(c.id()))) {
            out.add(new Event(a.recorded().toString(), "action", "Action agreed: " + a.description() + " (" + a.owner()
                    + (a.due() == null ? "" : ", due " + a.due()) + ")", a.reference()));
            if (a.status() != MeetingAction.Status.OPEN && a.closed() != null) {
                String how = a.status().name().toLowerCase(Locale.ROOT);
                out.add(new Event(a.closed().toString(), "action-" + how, "Action " + how + ": " + a.description(), a.reference()));
            }
        }
        List<Disclosure> sent = tx.disclosures().matching(c.childId(), null, null, null);
        Map<Long, Long> meetingOf = tx.disclosures().meetingsOf(sent.stream().map(Disclosure::id).toList());
        Map<Long, Meeting> meetings = tx.meetings().withIds(List.copyOf(new java.util.LinkedHashSet<>(meetingOf.values())));
        for (Disclosure d : sent) {
            Meeting m = meetings.get(meetingOf.get(d.id()));
            out.add(new Event(d.disclosed().toString(), "document-sent", d.document().kind() + " v" + d.document().version() + " sent to "
                    + (d.recipientName() == null || d.recipientName().isBlank() ? d.recipient() : d.recipientName())
                    + (d.recipientAgency() == null || d.recipientAgency().isBlank() ? "" : " (" + d.recipientAgency() + ")"),
                    m == null ? null : m.reference()));
        }
        out.sort(Comparator.comparing(Event::at));
        return out;
    }
}
