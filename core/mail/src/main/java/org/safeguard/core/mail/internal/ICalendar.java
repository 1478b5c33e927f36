package org.safeguard.core.mail.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.safeguard.core.mail.CalendarInvite;

/**
 * Writes a meeting request or its cancellation as RFC 5545 text: CRLF line ends, lines folded at 75 octets
 * without splitting a character, TEXT values escaped, times in UTC. Written by hand because
 * one event needs a dozen lines, not a library.
 */
public final class ICalendar {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /** The VCALENDAR for {@code invite} as its method says: {@link #request} or {@link #cancel}. */
    public static String of(CalendarInvite invite, CalendarInvite.Person recipient, Instant stamp) {
        return invite.method() == CalendarInvite.Method.CANCEL ? cancel(invite, recipient, stamp) : request(invite, recipient, stamp);
    }

    /** The VCALENDAR for {@code invite}, with {@code recipient} as the attendee when the invite names none. */
    public static String request(CalendarInvite invite, CalendarInvite.Person recipient, Instant stamp) {
        return calendar("REQUEST", "CONFIRMED", invite, recipient, stamp);
    }

    /**
     * The VCALENDAR that withdraws the event of {@code invite}'s uid (RFC 5546 §3.2.5): METHOD:CANCEL,
     * STATUS:CANCELLED, at the invite's sequence, which the caller makes higher than the last
     * request's; {@code recipient} is the attendee when the invite names none.
     */
    public static String cancel(CalendarInvite invite, CalendarInvite.Person recipient, Instant stamp) {
        return calendar("CANCEL", "CANCELLED", invite, recipient, stamp);
    }

    private static String calendar(String method, String status, CalendarInvite invite, CalendarInvite.Person recipient, Instant stamp) {
        List<CalendarInvite.Person> attendees = invite.attendees().isEmpty() ? List.of(recipient) : invite.attendees();
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:-//Safeguard//Safeguard mail//EN");
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(invite.uid()));
        line(out, "SEQUENCE:" + invite.sequence());
        line(out, "DTSTAMP:" + time(stamp));
        line(out, "DTSTART:" + time(invite.start()));
        line(out, "DTEND:" + time(invite.end()));
        line(out, "SUMMARY:" + text(invite.summary()));
        if (invite.location() != null && !invite.location().isBlank()) {
            line(out, "LOCATION:" + text(invite.location()));
        }
        line(out, "ORGANIZER" + commonName(invite.organizer()) + ":mailto:" + invite.organizer().address().strip());
        for (CalendarInvite.Person a : attendees) {
            // a cancellation asks for no reply
            line(out, "ATTENDEE" + commonName(a) + ";ROLE=REQ-PARTICIPANT" + (method.equals("CANCEL") ? "" : ";PARTSTAT=NEEDS-ACTION;RSVP=TRUE")
                    + ":mailto:" + a.address().strip());
        }
        line(out, "STATUS:" + status);
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String time(Instant t) {
        return UTC.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** {@code ;CN=...}, quoted when it holds a separator; DQUOTE and control characters cannot appear in a parameter. */
    private static String commonName(CalendarInvite.Person p) {
        if (p.name() == null || p.name().isBlank()) {
            return "";
        }
        String name = p.name().replaceAll("[\"\\p{Cntrl}]", "").strip();
        return ";CN=" + (name.matches(".*[:;,].*") ? "\"" + name + "\"" : name);
    }

    /** Appends one content line, folded so no physical line exceeds 75 octets. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
