package org.safeguard.core.app.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.safeguard.core.mail.Html;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.mail.LeastData;
import org.safeguard.core.mail.MailSettings;
import org.safeguard.core.mail.OutgoingMail;
import org.safeguard.core.mail.Recipient;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.store.DisclosedParts;
import org.safeguard.core.store.DocumentRef;

/**
 * The message that withdraws a meeting's calendar event from one invitee: the meeting's type,
 * date, time and reference, and METHOD:CANCEL for its UID at the meeting's sequence. Least
 * data: no child, no case, not even the reason recorded (a reason may name a child). Its
 * document is {@code cancellation}, of the meeting's id, at the sequence it carries, so each
 * cancellation goes to each recipient once.
 */
final class Cancellations {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Cancellations() {
    }

    static OutgoingMail to(RequestContext ctx, AreaMeetings area, MailSettings settings, Meeting m, Invitee to, List<LeastData.Name> childNames) {
        String date = DATE.format(m.startsAt().atZone(RequestContext.ZONE));
        String time = TIME.format(m.startsAt().atZone(RequestContext.ZONE));
        boolean meetingOff = m.status() == Meeting.Status.CANCELLED;
        String what = meetingOff ? "The " + m.typeName() + " on " + date + " at " + time + " (" + m.reference() + ") is cancelled."
                : "You are no longer invited to the " + m.typeName() + " on " + date + " at " + time + " (" + m.reference() + ").";
        String text = "Dear " + to.name() + ",\n\n" + what + "\n\nThe calendar update with this message takes the meeting out of your "
                + "calendar.\n\nWith thanks,\n\n" + ctx.actor() + "\nMeeting coordinator, " + area.area().name() + "\n";
        String html = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"UTF-8\" /><title>" + Html.escape(m.typeName() + " – " + date)
                + "</title></head><body>\n<p>Dear " + Html.escape(to.name()) + ",</p>\n<p>" + Html.escape(what) + "</p>\n<p>The calendar update "
                + "with this message takes the meeting out of your calendar.</p>\n<p>With thanks,</p>\n<p>" + Html.escape(ctx.actor())
                + "<br />Meeting coordinator, " + Html.escape(area.area().name()) + "</p>\n</body></html>\n";
        return OutgoingMail.builder(new DocumentRef("cancellation", m.id(), Math.max(1, m.sequence())),
                        new Recipient(to.email(), to.name(), to.agency()))
                .parts(DisclosedParts.OPEN)
                .basis("Held the invitation to the " + m.typeName() + "; told it is " + (meetingOff ? "cancelled" : "withdrawn from them"))
                .subject(m.typeName() + ", " + date + " – cancellation (" + m.reference() + ")")
                .body(text, html)
                .invite(Letters.event(ctx, area, settings, m).cancelled(m.sequence()))
                .forbidNames(childNames)
                .build();
    }

}
