package org.safeguard.core.app.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safeguard.core.app.CirculationService.Document;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.mail.Attachment;
import org.safeguard.core.mail.CalendarInvite;
import org.safeguard.core.mail.LeastData;
import org.safeguard.core.mail.MailSettings;
import org.safeguard.core.mail.OutgoingMail;
import org.safeguard.core.mail.Recipient;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.meetings.Audience;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingDocument;
import org.safeguard.core.render.Format;
import org.safeguard.core.render.Renderer;
import org.safeguard.core.store.DisclosedParts;
import org.safeguard.core.store.DocumentRef;
import org.safeguard.core.store.Tx;

/**
 * The message to each invitee of one send: the papers rendered for their audience (shared by
 * everyone in it), or their own invitation with its calendar event; the basis for sharing it,
 * and a subject and file name that name no child.
 */
record Letters(RequestContext ctx, AreaMeetings area, Renderer renderer, MailSettings settings, Meeting m, Document doc,
               MeetingDocument version, List<LeastData.Name> names,
               MeetingPapers.Copies papers) {
    OutgoingMail to(Tx tx, Invitee to) {
        Audience audience = restricted(to) ? Audience.RESTRICTED : Audience.FULL;
        String word = doc.name().toLowerCase(Locale.ROOT);
        MeetingPapers.ForAudience body;
        if (doc == Document.INVITATION) {
            Map<String, Object> view = area.views(m).invitation(tx, m, to, audience, settings.senderName().orElse(ctx.actor()),
                    "Meeting coordinator", area.area().name(), settings.replyTo().orElse(settings.from()), settings.senderPhone().orElse(null));
            String template = MeetingPapers.template(area, m, doc);
            body = new MeetingPapers.ForAudience(renderer.render(template, Format.TEXT, view).text(),
                    renderer.render(template, Format.HTML, view).text(), null, ((Map<?, ?>) view.get("meeting")).get("date").toString(),
                    Map.of(), Set.of());
        } else {
            body = papers.get(audience);
        }
        OutgoingMail.Builder b = OutgoingMail.builder(new DocumentRef(word, version.id(), version.version()),
                        new Recipient(to.email(), to.name(), to.agency()))
                .parts(audience == Audience.FULL ? DisclosedParts.OPEN_AND_CONFIDENTIAL : DisclosedParts.OPEN)
                .basis(basis(to))
                .subject(m.typeName() + ", " + body.date() + " – " + word + " (" + m.reference() + ", v" + version.version() + ")")
                .body(body.text(), body.html())
                .forbidNames(names)
                .concerning(body.children());
        if (doc != Document.INVITATION) {
            b.attach(Attachment.pdf(m.reference() + "-" + word + "-v" + version.version() + (audience == Audience.FULL ? "" : "-open-part")
                    + ".pdf", body.pdf()));
        } else {
            b.invite(event(ctx, area, settings, m));
        }
        return b.build();
    }

    /**
     * The meeting's calendar event as it stands: its UID is the meeting's for good, its SEQUENCE
     * the meeting's (raised by every change of time, venue or call details), so a calendar
     * updates the event it holds.
     */
    static CalendarInvite event(RequestContext ctx, AreaMeetings area, MailSettings settings, Meeting m) {
        Instant end = m.endsAt() != null ? m.endsAt() : m.startsAt().plus(Duration.ofHours(2));
        String where = m.venue() != null ? m.venue() : m.callDetails();
        return new CalendarInvite(m.reference() + "@" + area.area().id() + ".safeguard", m.sequence(), m.startsAt(), end,
                m.typeName(), where, new CalendarInvite.Person(settings.fromAddress(), settings.senderName().orElse(ctx.actor())), List.of());
    }

    /**
     * Whether an invitee gets the restricted papers: when invited so, and when they are not a
     * member of the meeting (its type no longer names their agency, or they were invited before
     * reasons were recorded) and no reason for sending them every part is recorded.
     */
    private boolean restricted(Invitee to) {
        return restricted(area, m, to);
    }

    static boolean restricted(AreaMeetings area, Meeting m, Invitee to) {
        return to.restricted() || to.unrestrictedReason() == null && !MeetingServiceImpl.isMember(area, m, to.agency());
    }

    /** Why this invitee receives what they receive, as it is: the disclosure log's basis. */
    private String basis(Invitee to) {
        if (restricted(to)) {
            return "Invited to the open part of the " + m.typeName() + "; confidential parts withheld";
        }
        if (to.unrestrictedReason() != null) {
            return "Not a member of the " + m.typeName() + "; sent every part because " + to.unrestrictedBy() + " recorded: "
                    + to.unrestrictedReason();
        }
        return "Member of the " + m.typeName() + " for " + to.agency() + ", under the area's information-sharing protocol";
    }
}
