package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.app.CirculationService.Audience;
import org.safeguard.core.app.CirculationService.Document;
import org.safeguard.core.app.CirculationService.Format;
import org.safeguard.core.app.CirculationService.RenderRequest;
import org.safeguard.core.app.MeetingService.ItemMinutes;
import org.safeguard.core.app.MeetingService.MinutesInput;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.runtime.PluginInfo;
import org.safeguard.core.store.NewChild;
import org.safeguard.dsl.model.AgendaEntry;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.MeetingType;

/**
 * A restricted audience (a parent, a carer, the young person) never receives anything from a
 * confidential part: over generated meetings of every meeting type of every shipped area, with
 * notes, decisions and actions (with and without a case) minuted under every item — and each
 * case's discussion and decision under every item listing every case on the panel — at an
 * earlier meeting and at the meeting itself, the restricted agenda, minutes and invitation — as text,
 * HTML and PDF — hold no word written in a confidential part, no confidential part's title, and
 * (where no open item lists cases) no child's name or case reference. They do hold what was
 * written in the open parts, and the full papers hold what was written in the confidential ones,
 * so the property is not met by sending nothing.
 *
 * <p>Every word minuted is a unique token, {@code SECRET…} under a confidential item and
 * {@code OPEN…} under an open one. The agenda's numbering is worked out here from the meeting
 * type, independently of the code under test. Seeded: a failure names its seed.
 */
class RestrictedPapersPropertyTest {
    private static final int SEEDS = 3;
    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");
    private static final Instant BASE = Instant.parse("2027-01-06T10:00:00Z");

    @TempDir
    Path tmp;

    private int tokens;
    /** Every token written under a confidential item, so far. */
    private final Set<String> secrets = new LinkedHashSet<>();

    @Test
    void restrictedPapersHoldNothingFromAConfidentialPart() throws Exception {
        List<String> areas;
        try (AppFixture bare = AppFixture.bare(tmp.resolve("bare"))) {
            areas = bare.app().plugins().shipped(bare.ctx()).stream().map(PluginInfo::id).toList();
        }
        assertFalse(areas.isEmpty(), "no area plugin is shipped");
        int checked = 0;
        try (AppFixture f = AppFixture.withArea(tmp.resolve("home"), areas.toArray(String[]::new))) {
            int slot = 0;
            for (String areaId : areas) {
                AreaDefinition area = f.app().areas().inForce(f.ctx(), areaId);
                AreaDescriptor descriptor = f.app().areas().resolve(f.ctx(), areaId);
                for (MeetingType type : area.meetings()) {
                    for (int seed = 1; seed <= SEEDS; seed++) {
                        String where = areaId + "/" + type.id() + " seed " + seed;
                        try {
                            meeting(f, area, descriptor, type, new Random(seed * 7919L + slot), BASE.plus(Duration.ofDays(70L * slot)), where);
                        } catch (AssertionError | RuntimeException e) {
                            throw new AssertionError(where + ": " + e.getMessage(), e);
                        }
                        slot++;
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= SEEDS, "meetings generated: " + checked);
    }

    /** One generated earlier meeting and meeting of a type, and the checks of the second's papers. */
    private void meeting(AppFixture f, AreaDefinition area, AreaDescriptor descriptor, MeetingType type, Random r, Instant at, String where)
            throws Exception {
        List<Numbered> agenda = numbered(type);
        Set<String> confidentialTitles = new LinkedHashSet<>();
        for (AgendaEntry.Part p : parts(type)) {
            if (p.confidential()) {
                confidentialTitles.add("Part " + p.label() + ": " + p.title());
            }
        }
        boolean openItemListsCases = agenda.stream().anyMatch(i -> !i.confidential && i.item.forEachCase().isPresent());
        String agency = area.agencies().get(0).id();

        // the panel: one to three children with names no template would print by chance
        List<String> names = new ArrayList<>();
        List<String> references = new ArrayList<>();
        List<Long> caseIds = new ArrayList<>();
        int panelSize = 1 + r.nextInt(3);
        f.clock().set(at.minus(Duration.ofDays(40)));
        for (int i = 0; i < panelSize; i++) {
            String family = word(r);
            String given = word(r);
            names.add(family);
            names.add(given);
            long caseId = f.store(tx -> tx.cases().open(tx.children().add(NewChild.named(family, given, LocalDate.of(2011, 3, 4))).id(),
                    descriptor, LocalDate.ofInstant(at.minus(Duration.ofDays(45)), LONDON)).id());
            caseIds.add(caseId);
            references.add(f.store(tx -> tx.cases().require(caseId).reference()));
            caseForms(f, descriptor, caseId, at, !openItemListsCases);
        }

        // the earlier meeting, its minutes and their actions (due before the meeting: reviewed there)
        Instant earlierAt = at.minus(Duration.ofDays(28));
        Meeting earlier = f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting(area.id(), type.id(), earlierAt, null,
                "Room 1, Civic Centre", null, null, caseIds));
        f.clock().set(earlierAt.plus(Duration.ofHours(3)));
        Map<String, Boolean> earlierActions = new LinkedHashMap<>();
        f.app().meetings().recordMinutes(f.ctx(), earlier.id(), minutes(r, agenda, references, agency, earlierAt, at, new LinkedHashMap<>(),
                earlierActions));
        // one action added by hand after the minutes, under a random item
        Numbered byHand = agenda.get(r.nextInt(agenda.size()));
        String handToken = token(byHand.confidential);
        earlierActions.put(handToken, byHand.confidential);
        f.app().actions().add(f.ctx(), earlier.id(), byHand.number, new MeetingService.NewAction(handToken + " by hand", "Owner " + token(byHand.confidential),
                agency, LocalDate.ofInstant(at.minus(Duration.ofDays(3)), LONDON), null));

        // the meeting, a parent invited (restricted because family is no member), and its minutes
        Meeting m = f.app().meetings().schedule(f.ctx(), new MeetingService.NewMeeting(area.id(), type.id(), at, null,
                "Room 2, Civic Centre", null, null, caseIds));
        Invitee parent = f.app().meetings().invite(f.ctx(), m.id(), new MeetingService.Invitation("P. Carer", "carer." + m.id() + "@example.org",
                "family", null, null)).invitee();
        assertTrue(parent.restricted(), "family is restricted by default");
        f.clock().set(at.plus(Duration.ofHours(3)));
        Map<String, Boolean> minutedHere = new LinkedHashMap<>();
        f.app().meetings().recordMinutes(f.ctx(), m.id(), minutes(r, agenda, references, agency, at, at.plus(Duration.ofDays(30)), minutedHere,
                new LinkedHashMap<>()));

        for (Format format : Format.values()) {
            String agendaRestricted = render(f, m, Document.AGENDA, Audience.RESTRICTED, format);
            String minutesRestricted = render(f, m, Document.MINUTES, Audience.RESTRICTED, format);
            for (String doc : List.of(agendaRestricted, minutesRestricted)) {
                assertNothingConfidential(doc, confidentialTitles, openItemListsCases, names, references, format + " " + where);
            }
            // not vacuous: the open parts' words reach the restricted papers, the confidential words the full ones
            boolean reviewedInTheOpen = agenda.stream().anyMatch(i -> !i.confidential && i.item.lists().isPresent());
            earlierActions.forEach((token, confidential) -> {
                if (!confidential && reviewedInTheOpen) {
                    assertTrue(agendaRestricted.contains(token), token + " (open, due) is missing from the restricted agenda, " + format);
                }
            });
            minutedHere.forEach((token, confidential) -> {
                if (!confidential) {
                    assertTrue(minutesRestricted.contains(token), token + " (open) is missing from the restricted minutes, " + format);
                }
            });
            if (format == Format.TEXT) {
                String minutesFull = render(f, m, Document.MINUTES, Audience.FULL, format);
                minutedHere.forEach((token, confidential) -> assertTrue(minutesFull.contains(token), token + " is missing from the full minutes"));
            }
        }

        // the invitation the parent is sent: text and HTML bodies
        f.app().circulation().send(f.ctx(), m.id(), Document.INVITATION, false);
        String invitation = outboxFor(f, parent.email());
        assertTrue(invitation.contains("BEGIN:VEVENT"), "the parent's invitation is in the outbox");
        assertNothingConfidential(invitation, confidentialTitles, openItemListsCases, names, references, "invitation " + where);
        // and the agenda as sent to them
        f.app().circulation().send(f.ctx(), m.id(), Document.AGENDA, false);
        String sentAgenda = outboxFor(f, parent.email());
        assertNothingConfidential(sentAgenda, confidentialTitles, openItemListsCases, names, references, "sent agenda " + where);
        List<DisclosureService.Entry> toParent = f.app().disclosures().list(f.ctx()).stream()
                .filter(d -> d.recipient().contains(parent.email())).toList();
        assertEquals(2, toParent.size(), "the invitation and the agenda, each logged");
        assertTrue(toParent.stream().allMatch(d -> d.parts() == DisclosureService.Parts.OPEN), toParent.toString());
    }

    private void assertNothingConfidential(String doc, Set<String> titles, boolean openItemListsCases, List<String> names, List<String> references,
                                           String where) {
        for (String secret : secrets) {
            assertFalse(doc.contains(secret), "'" + secret + "' (written in a confidential part) reached the restricted " + where + ":\n" + doc);
        }
        for (String title : titles) {
            assertFalse(doc.contains(title), "the confidential part '" + title + "' reached the restricted " + where);
        }
        if (!openItemListsCases) {
            for (String name : names) {
                assertFalse(doc.contains(name), "a child's name reached the restricted " + where);
            }
            for (String reference : references) {
                assertFalse(doc.contains(reference), "case " + reference + " reached the restricted " + where + ":\n" + doc);
            }
        }
    }

    /** Minutes with tokens under every item: notes, a decision, and one or two actions (on a panel case under an item that lists cases). */
    private MinutesInput minutes(Random r, List<Numbered> agenda, List<String> references, String agency, Instant at, Instant dueBy,
                                 Map<String, Boolean> written, Map<String, Boolean> actions) {
        List<ItemMinutes> items = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(at, LONDON);
        int span = (int) Math.max(1, Duration.between(at, dueBy).toDays() - 2);
        for (Numbered i : agenda) {
            List<MeetingService.NewAction> agreed = new ArrayList<>();
            for (int n = 1 + r.nextInt(2); n > 0; n--) {
                String t = token(i.confidential);
                String owner = token(i.confidential);
                actions.put(t, i.confidential);
                written.put(t, i.confidential);
                written.put(owner, i.confidential);
                String onCase = i.item.forEachCase().isPresent() && r.nextBoolean() ? references.get(r.nextInt(references.size())) : null;
                agreed.add(new MeetingService.NewAction("Do " + t, "Owner " + owner, agency, day.plusDays(1 + r.nextInt(span)), onCase));
            }
            String note = token(i.confidential);
            String decision = token(i.confidential);
            written.put(note, i.confidential);
            written.put(decision, i.confidential);
            // each case an item lists for every case on the panel gets its own discussion and decision
            List<MeetingService.CaseMinutes> cases = new ArrayList<>();
            if (i.item.forEachCase().filter(cf -> cf.kind() == org.safeguard.dsl.model.CaseFilter.Kind.ON_PANEL && cf.where().isEmpty()).isPresent()) {
                for (String reference : references) {
                    String discussion = token(i.confidential);
                    String caseDecision = token(i.confidential);
                    written.put(discussion, i.confidential);
                    written.put(caseDecision, i.confidential);
                    cases.add(new MeetingService.CaseMinutes(reference, "Said " + discussion + ".", List.of("Decided " + caseDecision)));
                }
            }
            items.add(new ItemMinutes(i.number, "Discussed " + note + ".", List.of("Agreed " + decision), agreed, cases));
        }
        return new MinutesInput(List.of(), items);
    }

    /**
     * Every case form of the area recorded on the case, each text answered with a token, each date
     * a past day and each yes/no yes (what an area's guards look for before a meeting, such as
     * London's MASE entry checks); the tokens are secret when no open item lists cases, since the
     * per-case blocks that show forms then sit in confidential parts only.
     */
    private void caseForms(AppFixture f, AreaDescriptor descriptor, long caseId, Instant at, boolean secret) {
        for (org.safeguard.core.api.form.FormDefinition form : f.app().cases().caseForms(f.ctx(), descriptor.id())) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (org.safeguard.core.api.form.FieldDefinition field : form.fields()) {
                switch (field.type()) {
                    case TEXT, LONG_TEXT -> values.put(field.id(), token(secret));
                    case DATE -> values.put(field.id(), LocalDate.ofInstant(at.minus(Duration.ofDays(50)), LONDON).toString());
                    case YES_NO -> values.put(field.id(), "yes");
                    default -> {
                        // codes and groups: left unanswered (no field of a case form is required)
                    }
                }
            }
            f.app().cases().recordForm(f.ctx(), caseId, form.id(), values);
        }
    }

    private String token(boolean confidential) {
        String t = (confidential ? "SECRET" : "OPEN") + "Q" + (++tokens) + "X";
        if (confidential) {
            secrets.add(t);
        }
        return t;
    }

    private static String word(Random r) {
        StringBuilder b = new StringBuilder().append((char) ('A' + r.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            b.append("qxzjvkw".charAt(r.nextInt(7)));
        }
        return b.toString();
    }

    private static String render(AppFixture f, Meeting m, Document doc, Audience audience, Format format) throws Exception {
        CirculationService.Rendering out = f.app().circulation().preview(f.ctx(), new RenderRequest(m.id(), doc, audience, format));
        if (format != Format.PDF) {
            return out.text();
        }
        try (PDDocument pdf = PDDocument.load(out.bytes())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** The decoded text and HTML of the newest message in the outbox to an address. */
    private static String outboxFor(AppFixture f, String address) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(f.home().outbox())) {
            files = list.filter(p -> p.toString().endsWith(".eml")).toList();
        }
        Path newest = null;
        for (Path p : files) {
            String raw = Files.readString(p);
            if (raw.contains(address) && (newest == null || Files.getLastModifiedTime(p).compareTo(Files.getLastModifiedTime(newest)) >= 0)) {
                newest = p;
            }
        }
        assertTrue(newest != null, "nothing in the outbox for " + address);
        try (InputStream in = Files.newInputStream(newest)) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            return mail.getSubject() + "\n" + parts(mail);
        }
    }

    private static String parts(Part p) throws Exception {
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                out.append(parts(mp.getBodyPart(i))).append('\n');
            }
            return out.toString();
        }
        if (p.isMimeType("application/pdf")) {
            try (InputStream in = p.getInputStream(); PDDocument pdf = PDDocument.load(in)) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        Object content = p.getContent();
        return content instanceof String s ? s : new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An agenda item as numbered, and whether its part is confidential. */
    private record Numbered(String number, AgendaEntry.Item item, boolean confidential) {
    }

    /** The type's parts; items outside any part form an open part of their own, in place (as the papers number them). */
    private static List<AgendaEntry.Part> parts(MeetingType type) {
        List<AgendaEntry.Part> out = new ArrayList<>();
        List<AgendaEntry> loose = new ArrayList<>();
        for (AgendaEntry e : type.agenda()) {
            if (e instanceof AgendaEntry.Part p) {
                if (!loose.isEmpty()) {
                    out.add(new AgendaEntry.Part(String.valueOf(out.size() + 1), "", false, List.of(), List.copyOf(loose), null));
                    loose.clear();
                }
                out.add(p);
            } else {
                loose.add(e);
            }
        }
        if (!loose.isEmpty()) {
            out.add(new AgendaEntry.Part(String.valueOf(out.size() + 1), "", false, List.of(), List.copyOf(loose), null));
        }
        return out;
    }

    private static List<Numbered> numbered(MeetingType type) {
        List<Numbered> out = new ArrayList<>();
        int partNo = 0;
        for (AgendaEntry.Part p : parts(type)) {
            partNo++;
            int[] itemNo = {0};
            collect(p.entries(), partNo, itemNo, p.confidential(), out);
        }
        return out;
    }

    private static void collect(List<AgendaEntry> entries, int partNo, int[] itemNo, boolean confidential, List<Numbered> out) {
        for (AgendaEntry e : entries) {
            if (e instanceof AgendaEntry.Section s) {
                collect(s.entries(), partNo, itemNo, confidential, out);
            } else if (e instanceof AgendaEntry.Item i) {
                out.add(new Numbered(partNo + "." + (++itemNo[0]), i, confidential));
            }
        }
    }
}
