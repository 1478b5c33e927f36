package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.model.Attendance;
import org.safeguard.core.model.CaseStatus;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingAction;
import org.safeguard.core.model.MinutesEntry;
import org.safeguard.core.store.NewChild;

/** Meetings through the service, on a Lancashire home: the Multi-Agency CSE Meeting, its quorum of four including police and CSC. */
class MeetingServiceTest {
    static final String TYPE = "multi-agency-cse";
    /** 10:00 in London on a Thursday, two weeks after the fixture's clock starts; papers are due 7 days before. */
    static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path tmp;
    AppFixture f;
    MeetingService meetings;
    long caseId;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "lancashire");
        meetings = f.app().meetings();
        caseId = aCase("lancashire", "Okafor");
    }

    @AfterEach
    void close() {
        f.close();
    }

    long aCase(String area, String family) {
        return f.store(tx -> {
            long child = tx.children().add(NewChild.named(family, "Amara", LocalDate.of(2012, 3, 4))).id();
            return tx.cases().open(child, AreaDescriptor.builder(area, area).caseReferences("CSE-%05d").build(), LocalDate.of(2026, 11, 2)).id();
        });
    }

    Meeting schedule(List<Long> cases) {
        return meetings.schedule(f.ctx(), new MeetingService.NewMeeting(null, TYPE, AT, AT.plusSeconds(9000), "Room 2, County Hall", null,
                "C. Chair", cases));
    }

    /** A meeting scheduled, with the clock moved to its end: it has been held. */
    Meeting held(List<Long> cases) {
        Meeting m = schedule(cases);
        f.clock().set(AT.plusSeconds(9000));
        return m;
    }

    static MeetingService.Attendee present(String name, String agency) {
        return new MeetingService.Attendee(name, agency, Attendance.Status.PRESENT);
    }

    @Test
    void schedulingInvitesTheTypesAgenciesAndShowingIsAnAuditedRead() {
        Meeting m = schedule(List.of(caseId));
        assertEquals("lancashire", m.area(), "the only enabled area");
        assertEquals("M00001", m.reference());
        assertEquals(List.of(m.id()), meetings.list(f.ctx()).stream().map(Meeting::id).toList());
        assertTrue(f.audited("read", "meeting").isEmpty(), "scheduling and listing read no case");

        MeetingService.Detail d = meetings.show(f.ctx(), m.id());
        assertTrue(d.invitees().stream().anyMatch(i -> i.agency().equals("police")), d.invitees().toString());
        assertTrue(d.invitees().stream().anyMatch(i -> i.agency().equals("childrens-social-care")), d.invitees().toString());
        assertEquals(List.of(new MeetingService.PanelCase(caseId, "CSE-0000" + caseId, false)), d.cases());
        assertTrue(d.attendance().isEmpty());
        assertFalse(d.quorum().quorate());
        assertTrue(d.actions().isEmpty());
        assertEquals(LocalDate.of(2026, 11, 26), d.papers().due().orElseThrow(), "agenda sent 7 days before");
        assertFalse(d.papers().overdue(), "not yet due on " + f.ctx().today());
        assertTrue(d.minutes().sent().isEmpty());

        List<org.safeguard.core.model.AuditEntry> reads = f.audited("read", "meeting");
        assertEquals(List.of(m.id()), reads.stream().map(e -> e.entityId()).toList(), "one audited read");
        assertEquals(AppFixture.ACTOR, reads.get(0).actor());
        assertEquals(AppFixture.START, reads.get(0).at());
        assertThrows(NotFoundException.class, () -> meetings.show(f.ctx(), m.id() + 9));
    }

    @Test
    void papersNotSentByTheirDayAreOverdueByTheRequestsClock() {
        Meeting m = schedule(List.of(caseId));
        f.clock().set(Instant.parse("2026-11-27T08:00:00Z"));
        MeetingService.Paperwork papers = meetings.show(f.ctx(), m.id()).papers();
        assertTrue(papers.overdue(), papers.toString());
    }

    @Test
    void schedulingRefusesByRule() {
        RefusedException nowhere = assertThrows(RefusedException.class, () -> meetings.schedule(f.ctx(),
                new MeetingService.NewMeeting(null, TYPE, AT, null, " ", null, null, List.of())));
        assertEquals("meeting-needs-a-place", nowhere.rule());
        NotFoundException type = assertThrows(NotFoundException.class, () -> meetings.schedule(f.ctx(),
                new MeetingService.NewMeeting(null, "multi-agency-cs", AT, null, "Room 2", null, null, List.of())));
        assertTrue(type.getMessage().contains("did you mean 'multi-agency-cse'"), type.getMessage());
        NotFoundException area = assertThrows(NotFoundException.class, () -> meetings.schedule(f.ctx(),
                new MeetingService.NewMeeting("elsewhere", TYPE, AT, null, "Room 2", null, null, List.of())));
        assertTrue(area.getMessage().contains("not enabled"), area.getMessage());
        assertTrue(meetings.list(f.ctx()).isEmpty(), "nothing was scheduled");
    }

    @Test
    void invitationsAreCheckedAgainstTheAreasAgencies() {
        Meeting m = schedule(List.of(caseId));
        MeetingService.Invited parent = meetings.invite(f.ctx(), m.id(), new MeetingService.Invitation("P. Carer", "Carer@Example.org", "family", MeetingService.Access.RESTRICTED, null));
        assertEquals(m.id(), parent.meeting().id());
        assertTrue(parent.invitee().restricted());
        assertEquals("carer@example.org", parent.invitee().email());

        NotFoundException agency = assertThrows(NotFoundException.class, () -> meetings.invite(f.ctx(), m.id(),
                new MeetingService.Invitation("A. Officer", "a@example.org", "polise", null, null)));
        assertEquals("'polise' is not an agency of lancashire (or 'family')", agency.getMessage());
        InvalidInputException email = assertThrows(InvalidInputException.class, () -> meetings.invite(f.ctx(), m.id(),
                new MeetingService.Invitation("A. Officer", "not-an-address", "police", null, null)));
        assertEquals(List.of(Problem.of("email", "'not-an-address' is not an email address")), email.problems());
        assertEquals(1, meetings.show(f.ctx(), m.id()).invitees().stream().filter(i -> i.agency().equals("family")).count());
    }

    @Test
    void familyIsRestrictedUnlessAReasonIsRecordedAndMembersAreNot() {
        Meeting m = schedule(List.of(caseId));
        Invitee parent = meetings.invite(f.ctx(), m.id(), new MeetingService.Invitation("P. Carer", "carer@example.org", "family", null, null))
                .invitee();
        assertTrue(parent.restricted(), "family is restricted when nothing is said");
        Invitee member = meetings.invite(f.ctx(), m.id(), new MeetingService.Invitation("B. Nurse", "nurse@example.org", "nhs-providers", null, null))
                .invitee();
        assertFalse(member.restricted(), "an agency the meeting type names receives every part");
        Invitee restrictedMember = meetings.invite(f.ctx(), m.id(), new MeetingService.Invitation("C. Nurse", "c.nurse@example.org",
                "nhs-providers", MeetingService.Access.RESTRICTED, null)).invitee();
        assertTrue(restrictedMember.restricted());

        RefusedException noReason = assertThrows(RefusedException.class, () -> meetings.invite(f.ctx(), m.id(),
                new MeetingService.Invitation("P. Carer", "carer@example.org", "family", MeetingService.Access.UNRESTRICTED, "  ")));
        assertEquals("unrestricted-needs-reason", noReason.rule());
        assertTrue(noReason.getMessage().contains("not among the agencies of the Multi-Agency CSE Meeting"), noReason.getMessage());
        InvalidInputException reasonAlone = assertThrows(InvalidInputException.class, () -> meetings.invite(f.ctx(), m.id(),
                new MeetingService.Invitation("P. Carer", "carer@example.org", "family", null, "a reason")));
        assertEquals("reason", reasonAlone.problems().get(0).subject());
        assertTrue(meetings.show(f.ctx(), m.id()).invitees().stream().filter(i -> i.agency().equals("family")).allMatch(Invitee::restricted),
                "a refused invitation changes nothing");

        Invitee foster = meetings.invite(f.as("c.coordinator"), m.id(), new MeetingService.Invitation("F. Carer", "foster@example.org", "family",
                MeetingService.Access.UNRESTRICTED, "Approved foster carer attending the whole meeting at the chair's request")).invitee();
        assertFalse(foster.restricted());
        assertEquals("Approved foster carer attending the whole meeting at the chair's request", foster.unrestrictedReason());
        assertEquals("c.coordinator", foster.unrestrictedBy());
        assertTrue(f.audited("invite", "meeting").stream().anyMatch(e -> e.details().contains("unrestricted, reason: Approved foster carer")),
                "the reason is audited");
        assertEquals(foster, meetings.show(f.ctx(), m.id()).invitees().stream().filter(i -> i.email().equals("foster@example.org"))
                .findFirst().orElseThrow(), "the reason is kept with the invitee");

        f.app().circulation().send(f.ctx(), m.id(), CirculationService.Document.INVITATION, false);
        java.util.Map<String, String> basis = new java.util.HashMap<>();
        f.app().disclosures().list(f.ctx()).forEach(d -> basis.put(d.recipient(), d.basis() + " / " + d.parts()));
        assertEquals("Invited to the open part of the Multi-Agency CSE Meeting; confidential parts withheld / OPEN", basis.get("carer@example.org"));
        assertEquals("Not a member of the Multi-Agency CSE Meeting; sent every part because c.coordinator recorded: Approved foster carer "
                + "attending the whole meeting at the chair's request / OPEN_AND_CONFIDENTIAL", basis.get("foster@example.org"));
        assertEquals("Member of the Multi-Agency CSE Meeting for nhs-providers, under the area's information-sharing protocol / OPEN_AND_CONFIDENTIAL",
                basis.get("nurse@example.org"));
    }

    @Test
    void thePanelTakesOpenCasesOfTheAreaOnly() {
        Meeting m = schedule(List.of());
        long second = aCase("lancashire", "Nowak");
        MeetingService.Panel panel = meetings.cases(f.ctx(), m.id(), List.of(caseId, second), List.of(second));
        assertEquals(List.of(caseId, second), panel.cases().stream().map(MeetingService.PanelCase::caseId).toList());
        assertEquals(List.of(false, true), panel.cases().stream().map(MeetingService.PanelCase::proposedForDischarge).toList());

        long elsewhere = aCase("elsewhere", "Silva");
        RefusedException other = assertThrows(RefusedException.class, () -> meetings.cases(f.ctx(), m.id(), List.of(elsewhere), List.of()));
        assertEquals("case-in-another-area", other.rule());
        f.store(tx -> tx.cases().close(caseId, CaseStatus.CLOSED, "Safety plan holding", LocalDate.of(2026, 11, 10)));
        long third = aCase("lancashire", "Haddad");
        RefusedException closed = assertThrows(RefusedException.class, () -> meetings.cases(f.ctx(), m.id(), List.of(third, caseId), List.of()));
        assertEquals("case-must-be-open", closed.rule());
        assertEquals(2, meetings.show(f.ctx(), m.id()).cases().size(), "a refusal stores nothing, not even the good case before it");
        assertThrows(InvalidInputException.class, () -> meetings.cases(f.ctx(), m.id(), List.of(), List.of()));
    }

    @Test
    void attendanceMakesTheMeetingHeldAndSaysWhyItIsNotQuorate() {
        Meeting m = held(List.of(caseId));
        MeetingService.Attended three = meetings.attendance(f.ctx(), m.id(), List.of(present("DS A. Officer", "police"),
                present("E. Teacher", "education"), present("N. Nurse", "nhs-providers"),
                new MeetingService.Attendee("S. Worker", "childrens-social-care", Attendance.Status.APOLOGIES)));
        assertFalse(three.quorum().quorate());
        assertTrue(three.quorum().explanation().contains("not represented: Children's social care"), three.quorum().explanation());
        assertEquals(Meeting.Status.HELD, three.meeting().status());

        MeetingService.Attended four = meetings.attendance(f.ctx(), m.id(), List.of(present("S. Worker", "childrens-social-care")));
        assertTrue(four.quorum().quorate(), four.quorum().explanation());
        assertEquals(4, meetings.show(f.ctx(), m.id()).attendance().size(), "a correction replaces the person's entry");
        MeetingService.Attended parent = meetings.attendance(f.ctx(), m.id(), List.of(present("P. Carer", "family")));
        assertTrue(parent.quorum().explanation().startsWith("quorate: 4 agencies represented"), "family attend but are not an agency: "
                + parent.quorum().explanation());
        assertEquals(5, meetings.show(f.ctx(), m.id()).attendance().size());
        NotFoundException agency = assertThrows(NotFoundException.class,
                () -> meetings.attendance(f.ctx(), m.id(), List.of(present("X", "polise"))));
        assertTrue(agency.getMessage().contains("did you mean 'police'"), agency.getMessage());
    }

    @Test
    void minutesAreRecordedFromTypedRecordsWithTheirAttendanceAndActions() {
        Meeting m = held(List.of(caseId));
        String ref = "CSE-0000" + caseId;
        MeetingService.Recorded r = meetings.recordMinutes(f.ctx(), m.id(), new MeetingService.MinutesInput(
                List.of(present("DS A. Officer", "police"), present("S. Worker", "childrens-social-care"),
                        present("N. Nurse", "nhs-providers"), present("E. Teacher", "education")),
                List.of(new MeetingService.ItemMinutes("1.1", " Introductions. ", null, null),
                        new MeetingService.ItemMinutes("2.2", "Reviewed.", List.of("Stays on the panel"), List.of(
                                new MeetingService.NewAction("Hold the return interview", "DS A. Officer", "police", LocalDate.of(2026, 12, 10), ref))))));
        assertEquals(2, r.items());
        assertEquals(1, r.actions());
        assertTrue(r.quorum().quorate(), r.quorum().explanation());
        assertEquals(Meeting.Minutes.RECORDED, r.meeting().minutes());

        List<MinutesEntry> entries = f.store(tx -> tx.meetings().minutes(m.id()));
        assertEquals(List.of("1.1", "2.2"), entries.stream().map(MinutesEntry::item).toList());
        assertEquals("Introductions.", entries.get(0).notes(), "stripped");
        assertTrue(entries.get(1).confidential(), "item 2.2 is in the confidential part");
        MeetingService.Detail d = meetings.show(f.ctx(), m.id());
        assertEquals(4, d.attendance().size());
        MeetingAction action = d.actions().get(0);
        assertEquals(caseId, action.caseId(), "the case found by its reference on the panel");
        assertEquals("2.2", action.item());

        MeetingService.Recorded amended = meetings.amendMinutes(f.ctx(), m.id(), new MeetingService.MinutesInput(null,
                List.of(new MeetingService.ItemMinutes("1.1", "Apologies from the emergency department.", List.of(), List.of()))));
        assertEquals(0, amended.actions());
        List<MinutesEntry> after = f.store(tx -> tx.meetings().minutes(m.id()));
        assertEquals("Apologies from the emergency department.", after.get(0).notes());
        assertEquals("Reviewed.", after.get(1).notes(), "the item not named keeps its minutes");

        meetings.recordMinutes(f.ctx(), m.id(), new MeetingService.MinutesInput(List.of(),
                List.of(new MeetingService.ItemMinutes("1.1", "Again.", List.of(), List.of()))));
        assertEquals(MeetingAction.Status.CANCELLED, f.store(tx -> tx.actions().forMeeting(m.id())).get(0).status(),
                "re-recorded minutes cancel the open actions of those they replace");
    }

    @Test
    void aDischargedCaseLeavesThePanelsOfMeetingsStillToComeNotThoseHeld() {
        Meeting held = held(List.of(caseId));
        Meeting coming = meetings.schedule(f.ctx(), new MeetingService.NewMeeting(null, TYPE, AT.plusSeconds(86_400 * 35), null,
                "Room 2, County Hall", null, "C. Chair", List.of(caseId)));
        long other = aCase("lancashire", "Nowak");
        meetings.cases(f.ctx(), coming.id(), List.of(other), List.of());

        CaseService.Closed closed = f.app().cases().close(f.ctx(), caseId, CaseStatus.DISCHARGED, "Risk reduced; safety plan holding", null);
        assertEquals(List.of(coming.reference()), closed.offPanels());
        assertEquals(List.of(other), meetings.show(f.ctx(), coming.id()).cases().stream().map(MeetingService.PanelCase::caseId).toList(),
                "the discharged case is off the next panel; the other stays");
        assertEquals(List.of(caseId), meetings.show(f.ctx(), held.id()).cases().stream().map(MeetingService.PanelCase::caseId).toList(),
                "the meeting already held keeps it: its papers show what stood");
        assertTrue(f.audited("remove-case", "meeting").stream().anyMatch(e -> e.entityId() == coming.id()), "on the trail");
    }

    @Test
    void aPartialImportChangesOnlyWhatItNamesAndReplacingSaysWhatItCancelled() {
        Meeting m = held(List.of(caseId));
        String ref = "CSE-0000" + caseId;
        MeetingService.NewAction interview = new MeetingService.NewAction("Hold the return interview", "DS A. Officer", "police",
                LocalDate.of(2026, 12, 10), ref);
        MeetingService.MinutesInput whole = new MeetingService.MinutesInput(
                List.of(present("DS A. Officer", "police"), present("S. Worker", "childrens-social-care")),
                List.of(new MeetingService.ItemMinutes("1.1", "Introductions.", null, null),
                        new MeetingService.ItemMinutes("2.2", "Reviewed.", List.of("Stays on the panel"), List.of(interview))));
        MeetingService.Recorded first = meetings.amendMinutes(f.ctx(), m.id(), whole);
        assertEquals(List.of("1.1", "2.2"), first.minuted());
        assertEquals(1, first.added().size());
        String byHand = f.app().actions().add(f.ctx(), m.id(), "2.2", new MeetingService.NewAction("Share the safety plan",
                "S. Worker", "childrens-social-care", LocalDate.of(2026, 12, 12), ref)).action().reference();

        MeetingService.Recorded again = meetings.amendMinutes(f.ctx(), m.id(), whole);
        assertEquals(List.of(), again.added(), "importing the same file twice adds no action");
        assertEquals(1, again.repeated());

        MeetingService.Recorded partial = meetings.amendMinutes(f.ctx(), m.id(), new MeetingService.MinutesInput(null,
                List.of(new MeetingService.ItemMinutes("1.1", "Apologies from the emergency department.", null, null))));
        assertEquals(List.of("1.1"), partial.minuted());
        List<MinutesEntry> entries = f.store(tx -> tx.meetings().minutes(m.id()));
        assertEquals("Apologies from the emergency department.", entries.get(0).notes());
        assertEquals("Reviewed.", entries.get(1).notes(), "an item the file does not name keeps its notes");
        assertEquals(List.of("Stays on the panel"), entries.get(1).decisions());
        assertEquals(2, meetings.show(f.ctx(), m.id()).attendance().size(), "and the attendance stays");
        assertEquals(2, f.store(tx -> tx.actions().forMeeting(m.id())).stream()
                .filter(a -> a.status() == org.safeguard.core.model.MeetingAction.Status.OPEN).count(), "the hand-added action stays open");

        MeetingService.Recorded replaced = meetings.recordMinutes(f.ctx(), m.id(), new MeetingService.MinutesInput(null,
                List.of(new MeetingService.ItemMinutes("2.2", "Reviewed again.", List.of(), List.of(interview)))));
        assertEquals(List.of(byHand), replaced.cancelled(), "replacing names what it cancelled: the action the file does not repeat");
        assertEquals(1, replaced.repeated(), "the action it repeats stays as it was");
        assertEquals(List.of("2.2"), f.store(tx -> tx.meetings().minutes(m.id())).stream().map(MinutesEntry::item).toList());
    }

    @Test
    void aCasesDiscussionIsMinutedUnderItsItemKeptByPartialImportsAndNeverSentToARestrictedAudience() {
        long other = aCase("lancashire", "Nowak");
        Meeting m = held(List.of(caseId, other));
        String ref = "CSE-0000" + caseId;
        String otherRef = "CSE-0000" + other;
        MeetingService.Recorded first = meetings.amendMinutes(f.ctx(), m.id(), new MeetingService.MinutesInput(
                List.of(present("DS A. Officer", "police"), present("S. Worker", "childrens-social-care")),
                List.of(new MeetingService.ItemMinutes("2.2", "Both cases reviewed.", List.of(), List.of(), List.of(
                        new MeetingService.CaseMinutes(ref, "Back at school; the return interview found no new concerns.",
                                List.of("Stays on the panel at medium risk")),
                        new MeetingService.CaseMinutes(otherRef, "Missing twice since the last meeting.", List.of()))))));
        assertEquals(List.of("2.2"), first.minuted());

        // a later file naming only one case's discussion changes that one, and leaves the item's notes and the other case
        meetings.amendMinutes(f.ctx(), m.id(), new MeetingService.MinutesInput(null, List.of(new MeetingService.ItemMinutes("2.2",
                null, List.of(), List.of(), List.of(new MeetingService.CaseMinutes(otherRef, "Missing twice; found each time by police.",
                        List.of("Refer to the missing-from-home panel")))))));
        String full = f.app().circulation().preview(f.ctx(), new CirculationService.RenderRequest(m.id(),
                CirculationService.Document.MINUTES, CirculationService.Audience.FULL,
                CirculationService.Format.TEXT)).text();
        assertTrue(full.contains("Both cases reviewed."), full);
        assertTrue(full.contains("Back at school; the return interview found no new concerns."), full);
        assertTrue(full.contains("Decision: Stays on the panel at medium risk"), full);
        assertTrue(full.contains("Missing twice; found each time by police."), full);
        assertTrue(full.contains("Decision: Refer to the missing-from-home panel"), full);
        assertFalse(full.contains("Missing twice since the last meeting."), "the case's earlier discussion was replaced");
        String update = full.substring(full.indexOf("2.2  Case update"), full.indexOf("2.3  "));
        assertFalse(update.contains("No discussion recorded."), update);
        assertTrue(full.substring(full.indexOf("2.1  New referrals"), full.indexOf("2.2  ")).contains("No discussion recorded."),
                "a case listed under another item without a discussion says so");
        String restricted = f.app().circulation().preview(f.ctx(), new CirculationService.RenderRequest(m.id(),
                CirculationService.Document.MINUTES, CirculationService.Audience.RESTRICTED,
                CirculationService.Format.TEXT)).text();
        assertFalse(restricted.contains("Back at school"), restricted);
        assertFalse(restricted.contains("found each time"), restricted);

        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> meetings.amendMinutes(f.ctx(), m.id(),
                new MeetingService.MinutesInput(null, List.of(
                        new MeetingService.ItemMinutes("1.1", null, List.of(), List.of(), List.of(new MeetingService.CaseMinutes(ref, "x", null))),
                        new MeetingService.ItemMinutes("2.2", null, List.of(), List.of(), List.of(
                                new MeetingService.CaseMinutes("CSE-09999", "x", null),
                                new MeetingService.CaseMinutes(ref, "x", null),
                                new MeetingService.CaseMinutes(ref, "y", null)))))));
        assertEquals(List.of("items[1].cases[1].case", "items[2].cases[1].case", "items[2].cases[3].case"),
                bad.problems().stream().map(Problem::subject).toList(), bad.problems().toString());
        assertEquals("item 1.1 lists no cases, so no case is discussed under it", bad.problems().get(0).message());
        assertEquals("case CSE-09999 is not listed under item 2.2 (cases: " + ref + ", " + otherRef + ")", bad.problems().get(1).message());
        assertTrue(full.contains("Back at school"), "a refused file changed nothing");
    }

    @Test
    void attendanceAndMinutesOfAMeetingNotYetHeldAreRefusedAndItStaysScheduled() {
        Meeting m = schedule(List.of(caseId));
        f.clock().set(AT.minusSeconds(60));
        MeetingService.MinutesInput minutes = new MeetingService.MinutesInput(List.of(present("DS A. Officer", "police")),
                List.of(new MeetingService.ItemMinutes("1.1", "Introductions.", List.of(), List.of())));
        for (org.junit.jupiter.api.function.Executable recording : List.<org.junit.jupiter.api.function.Executable>of(
                () -> meetings.recordMinutes(f.ctx(), m.id(), minutes),
                () -> meetings.amendMinutes(f.ctx(), m.id(), minutes),
                () -> meetings.attendance(f.ctx(), m.id(), List.of(present("DS A. Officer", "police"))),
                () -> f.app().actions().add(f.ctx(), m.id(), "2.2", new MeetingService.NewAction("Map venues", "DS A. Officer", "police",
                        LocalDate.of(2026, 12, 10), null)))) {
            RefusedException e = assertThrows(RefusedException.class, recording);
            assertEquals("meeting-not-held-yet", e.rule());
            assertEquals("meeting " + m.reference() + " starts at 2026-12-03 10:00 UK time and has not been held yet, "
                    + "so its attendance and minutes cannot be recorded", e.getMessage());
        }
        MeetingService.Detail d = meetings.show(f.ctx(), m.id());
        assertEquals(Meeting.Status.SCHEDULED, d.meeting().status());
        assertTrue(d.attendance().isEmpty() && d.actions().isEmpty(), d.toString());
        assertTrue(f.store(tx -> tx.meetings().minutes(m.id())).isEmpty());

        f.clock().set(AT);
        assertEquals(1, meetings.recordMinutes(f.ctx(), m.id(), minutes).items(), "from its start the meeting is being held");
    }

    @Test
    void minutesWithAControlCharacterNameItsPlaceAndRecordNothing() {
        Meeting m = held(List.of(caseId));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> meetings.recordMinutes(f.ctx(), m.id(),
                new MeetingService.MinutesInput(List.of(present("DS A. Officer\u001b[8m", "police")), List.of(
                        new MeetingService.ItemMinutes("2.2", "Reviewed.\u202e", List.of("Stays\u0000"), List.of(new MeetingService.NewAction(
                                "Map venues", "DS A. Officer\r\nX", "police", LocalDate.of(2026, 12, 10), null)))))));
        assertEquals(List.of(Problem.of("attendance[1].name", "contains a control character (U+001B)"),
                Problem.of("items[1].notes", "contains a bidirectional override (U+202E)"),
                Problem.of("items[1].decisions[1]", "contains a control character (U+0000)"),
                Problem.of("items[1].actions[1].owner", "contains a control character (U+000D)")), e.problems());
        assertTrue(f.store(tx -> tx.meetings().minutes(m.id())).isEmpty());
        assertEquals(Meeting.Status.SCHEDULED, meetings.show(f.ctx(), m.id()).meeting().status());
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefusedOnItsUntil() {
        for (Instant until : List.of(AT, AT.minusSeconds(3600))) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> meetings.schedule(f.ctx(),
                    new MeetingService.NewMeeting(null, TYPE, AT, until, "Room 2, County Hall", null, "C. Chair", List.of(caseId))));
            assertEquals(List.of(Problem.of("until", "is not after the start")), e.problems());
        }
        assertTrue(meetings.list(f.ctx()).isEmpty());
    }

    @Test
    void minutesWithProblemsStoreNothingAndNameEveryProblemByItsPlace() {
        Meeting m = held(List.of(caseId));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> meetings.recordMinutes(f.ctx(), m.id(),
                new MeetingService.MinutesInput(List.of(new MeetingService.Attendee(" ", "police", null)), List.of(
                        new MeetingService.ItemMinutes("9.9", "x", List.of(), List.of()),
                        new MeetingService.ItemMinutes("2.2", null, List.of(), List.of(new MeetingService.NewAction("Map venues", null, "polic",
                                LocalDate.of(2026, 12, 1), "CSE-09999")))))));
        assertEquals("minutes not recorded", bad.getMessage().split(": ", 2)[0]);
        List<String> subjects = bad.problems().stream().map(Problem::subject).toList();
        assertEquals(List.of("attendance[1].name", "attendance[1].status", "items[1].item", "items[2].actions[1].owner",
                "items[2].actions[1].agency", "items[2].actions[1].due", "items[2].actions[1].case"), subjects);
        String all = bad.problems().toString();
        assertTrue(all.contains("there is no item 9.9"), all);
        assertTrue(all.contains("did you mean 'police'"), all);
        assertTrue(all.contains("2026-12-01 is before the meeting"), all);
        assertTrue(all.contains("case CSE-09999 is not on this meeting"), all);
        assertEquals(Meeting.Minutes.NONE, meetings.show(f.ctx(), m.id()).meeting().minutes());
        assertTrue(f.store(tx -> tx.meetings().minutes(m.id())).isEmpty());
    }

    @Test
    void issuedMinutesAreNeitherAmendedNorReimported() {
        Meeting m = held(List.of(caseId));
        meetings.recordMinutes(f.ctx(), m.id(), new MeetingService.MinutesInput(List.of(),
                List.of(new MeetingService.ItemMinutes("1.1", "Introductions.", List.of(), List.of()))));
        f.store(tx -> {
            tx.meetings().setMinutes(m.id(), Meeting.Minutes.ISSUED);
            return null;
        });
        RefusedException issued = assertThrows(RefusedException.class, () -> meetings.amendMinutes(f.ctx(), m.id(),
                new MeetingService.MinutesInput(List.of(), List.of(new MeetingService.ItemMinutes("1.1", "Changed.", List.of(), List.of())))));
        assertEquals("minutes-issued", issued.rule());
        assertFalse(issued.getMessage().contains("safeguard") || issued.getMessage().contains("--"), "no command-line hint: " + issued.getMessage());
        RefusedException imported = assertThrows(RefusedException.class, () -> meetings.recordMinutes(f.ctx(), m.id(),
                new MeetingService.MinutesInput(List.of(), List.of(new MeetingService.ItemMinutes("1.1", "Replaced.", List.of(), List.of())))));
        assertEquals("minutes-issued", imported.rule(), "a whole import is refused like an amendment");
        assertEquals("Introductions.", f.store(tx -> tx.meetings().minutes(m.id())).get(0).notes());
    }
}
