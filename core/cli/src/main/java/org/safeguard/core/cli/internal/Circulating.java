package org.safeguard.core.cli.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingDocument;
import org.safeguard.core.mail.Attachment;
import org.safeguard.core.mail.CalendarInvite;
import org.safeguard.core.mail.DeliveryReport;
import org.safeguard.core.mail.Enqueued;
import org.safeguard.core.mail.MailSettings;
import org.safeguard.core.mail.Mailer;
import org.safeguard.core.mail.OutgoingMail;
import org.safeguard.core.mail.Recipient;
import org.safeguard.core.meetings.Audience;
import org.safeguard.core.meetings.DocumentViews;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.render.Format;
import org.safeguard.core.render.RenderedDocument;
import org.safeguard.core.render.Renderer;
import org.safeguard.core.store.DisclosedParts;
import org.safeguard.core.store.DocumentRef;
import org.safeguard.core.store.Tx;

/**
 * Rendering a meeting's documents for an audience, and circulating them: one message per
 * invitee, rendered for what that invitee may see (a restricted invitee's copy has no
 * confidential part at all), queued with its disclosure record in one transaction, then
 * delivered — to the SMTP server when one is configured, else to the home's outbox.
 */
final class Circulating {
    /** Which document of a meeting. */
    enum Doc { AGENDA, MINUTES, INVITATION }

    private final Session s;
    private final AreaMeetings service;
    private final Renderer renderer;

    Circulating(Session s, AreaMeetings service) {
        this.s = s;
        this.service = service;
        this.renderer = s.renderer();
    }

    /** The template an area's meeting type names for a document, else the shared one. */
    String template(Meeting m, Doc doc) {
        String kind = doc.name().toLowerCase(Locale.ROOT);
        return service.type(m.meetingType()).template(kind).map(t -> t.template()).orElse(kind);
    }

    /** Renders a document of the meeting for an audience (the agenda and minutes). */
    RenderedDocument render(Tx tx, Meeting m, Doc doc, Audience audience, Format format) {
        return renderer.render(template(m, doc), format, view(tx, m, doc, audience, format));
    }

    private Map<String, Object> view(Tx tx, Meeting m, Doc doc, Audience audience, Format format) {
        DocumentViews views = service.views(m);
        return switch (doc) {
            case AGENDA -> views.agenda(tx, m, audience, (template, caseView) -> {
                RenderedDocument notes = renderer.render(template, format == Format.TEXT ? Format.TEXT : Format.HTML, caseView);
                return format == Format.TEXT ? notes.text() : notes.asMarkup();
            });
            case MINUTES -> views.minutes(tx, m, audience);
            case INVITATION -> throw new IllegalArgumentException("an invitation is rendered per recipient");
        };
    }

    /** What was queued and delivered. */
    record Sent(MeetingDocument document, List<Enqueued> queued, DeliveryReport delivery) {
    }

    Sent send(Meeting meeting, Doc doc, boolean resend) {
        MailSettings settings = MailSettings.fromHome(s.home.root());
        Mailer mailer = new Mailer(s.store(), settings, s.home.outbox());
        Sent queued = s.store().inTransaction(s.actor, tx -> {
            Meeting m = tx.meetings().require(meeting.id());
            if (doc == Doc.MINUTES) {
                service.requireIssuable(tx, m);
            }
            List<Invitee> invitees = tx.meetings().invitees(m.id());
            if (invitees.isEmpty()) {
                throw new org.safeguard.core.api.SafeguardException("nobody is invited to " + m.reference() + " (safeguard meeting invite)");
            }
            // The agenda and minutes are rendered once per audience, not once per recipient.
            Map<Audience, Papers> papers = new EnumMap<>(Audience.class);
            MeetingDocument version = tx.meetings().documentVersion(m.id(), kind(doc), doc == Doc.INVITATION
                    ? fingerprint(m.typeName() + m.startsAt() + m.endsAt() + m.venue() + m.callDetails())
                    : fingerprint(papers(tx, m, doc, Audience.FULL, papers).text()));
            List<String> names = childNames(tx, m);
            List<Enqueued> out = new ArrayList<>();
            for (Invitee to : invitees) {
                out.add(mailer.enqueue(tx, mail(tx, m, doc, version, to, names, settings, papers), resend));
            }
            if (doc == Doc.MINUTES) {
                tx.meetings().setMinutes(m.id(), Meeting.Minutes.ISSUED);
            }
            return new Sent(version, out, null);
        });
        return new Sent(queued.document(), queued.queued(), mailer.deliverPending());
    }

    /** A document rendered for one audience: the message body in text and HTML, and the PDF. */
    private record Papers(String text, String html, byte[] pdf, String date) {
    }

    private Papers papers(Tx tx, Meeting m, Doc doc, Audience audience, Map<Audience, Papers> cache) {
        return cache.computeIfAbsent(audience, a -> {
            String template = template(m, doc);
            Map<String, Object> html = view(tx, m, doc, a, Format.HTML);
            return new Papers(renderer.render(template, Format.TEXT, view(tx, m, doc, a, Format.TEXT)).text(),
                    renderer.render(template, Format.HTML, html).text(), renderer.render(template, Format.PDF, html).bytes(),
                    ((Map<?, ?>) html.get("meeting")).get("date").toString());
        });
    }

    private OutgoingMail mail(Tx tx, Meeting m, Doc doc, MeetingDocument version, Invitee to, List<String> names, MailSettings settings,
                              Map<Audience, Papers> cache) {
        Audience audience = to.restricted() ? Audience.RESTRICTED : Audience.FULL;
        String word = doc.name().toLowerCase(Locale.ROOT);
        Papers papers;
        if (doc == Doc.INVITATION) {
            Map<String, Object> view = service.views(m).invitation(tx, m, to, s.actor, "Meeting coordinator", service.area().name(), settings.from());
            String template = template(m, doc);
            papers = new Papers(renderer.render(template, Format.TEXT, view).text(), renderer.render(template, Format.HTML, view).text(), null,
                    ((Map<?, ?>) view.get("meeting")).get("date").toString());
        } else {
            papers = papers(tx, m, doc, audience, cache);
        }
        OutgoingMail.Builder b = OutgoingMail.builder(new DocumentRef(word, version.id(), version.version()),
                        new Recipient(to.email(), to.name(), to.agency()))
                .parts(audience == Audience.FULL ? DisclosedParts.OPEN_AND_CONFIDENTIAL : DisclosedParts.OPEN)
                .basis(basis(m, to))
                .subject(m.typeName() + ", " + papers.date() + " – " + word + " (" + m.reference() + ", v" + version.version() + ")")
                .body(papers.text(), papers.html())
                .forbidInHeaders(names);
        if (doc != Doc.INVITATION) {
            b.attach(Attachment.pdf(m.reference() + "-" + word + "-v" + version.version() + (audience == Audience.FULL ? "" : "-open-part") + ".pdf",
                    papers.pdf()));
        } else {
            Instant end = m.endsAt() != null ? m.endsAt() : m.startsAt().plus(Duration.ofHours(2));
            String where = m.venue() != null ? m.venue() : m.callDetails();
            b.invite(new CalendarInvite(m.reference() + "@" + service.area().id() + ".safeguard", version.version() - 1, m.startsAt(), end,
                    m.typeName(), where, new CalendarInvite.Person(settings.fromAddress(), s.actor), List.of()));
        }
        return b.build();
    }

    private String basis(Meeting m, Invitee to) {
        return to.restricted()
                ? "Invited to the open part of the " + m.typeName() + "; confidential parts withheld"
                : "Member of the " + m.typeName() + " for " + to.agency() + ", under the area's information-sharing protocol";
    }

    private static MeetingDocument.Kind kind(Doc doc) {
        return MeetingDocument.Kind.valueOf(doc.name());
    }

    /** What the full-audience document says; a change in it makes a new document version. */
    private static String fingerprint(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Every name of every child on the panel: none may appear in a subject or file name. */
    private static List<String> childNames(Tx tx, Meeting m) {
        List<String> names = new ArrayList<>();
        for (var e : tx.meetings().cases(m.id())) {
            Child c = tx.children().require(tx.cases().require(e.getKey()).childId());
            for (String n : new String[] {c.givenName(), c.familyName(), c.middleNames()}) {
                if (n != null && !n.isBlank()) {
                    names.add(n);
                }
            }
            names.addAll(c.alternativeNames());
        }
        return names;
    }
}
