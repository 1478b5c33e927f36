package org.safeguard.core.app;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.Role;

/**
 * A meeting's papers: rendering the agenda or the minutes for an audience (to preview, print
 * or export; the export is audited), and circulating a document to the meeting's invitees.
 *
 * <p>Circulating sends one message per invitee, rendered for what that invitee may see: a
 * restricted invitee's copy has no confidential part at all — not hidden, absent. Every
 * message is queued with its disclosure record in the same transaction as whatever it
 * records (minutes become issued), then delivered. The same version of a document goes to the
 * same recipient once, unless resent on purpose; a document whose content changed is a new
 * version. No subject line or file name carries a child's name.
 *
 * <p>The papers are read from the store in a number of queries that does not grow with the
 * cases on the panel or the records in the database. Implementations are thread-safe.
 */
public interface CirculationService {
    /** Which document of a meeting. */
    enum Document { AGENDA, MINUTES, INVITATION }

    /** Who a rendering is for: the full panel, or a restricted audience that never sees a confidential part. */
    enum Audience { FULL, RESTRICTED }

    /** What a rendering is: plain text (for terminals and mail bodies), HTML, or PDF (A4 pages). */
    enum Format { TEXT, HTML, PDF }

    /** A rendering of a meeting's agenda or minutes for an audience, in a format. */
    record RenderRequest(long meetingId, Document document, Audience audience, Format format) {
        public RenderRequest {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * One rendered document: its format and its bytes (UTF-8 text for TEXT and HTML). The bytes
     * are copied in and out, so a rendering never changes.
     */
    record Rendering(Format format, byte[] bytes) {
        public Rendering {
            Objects.requireNonNull(format, "format");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        public int size() {
            return bytes.length;
        }

        /** The content as text; not for a PDF. */
        public String text() {
            if (format == Format.PDF) {
                throw new IllegalStateException("a PDF rendering has no text form");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * What a send did.
     *
     * @param meeting  the meeting, as it stood when the document went
     * @param version  the document version that went (a new one only when its content changed)
     * @param queued   messages queued
     * @param earlier  how the messages stand, after the delivery run, that went to invitees who
     *                 already had this version queued (nothing new was queued for them)
     * @param delivery the delivery run that followed
     */
    record Sent(Meeting meeting, Document document, int version, int queued, Earlier earlier, MailService.Delivery delivery) {
        /** Invitees who already had this version queued: nothing was queued for them now. */
        public int skipped() {
            return earlier.sent() + earlier.waiting() + earlier.midSend() + earlier.failed();
        }
    }

    /**
     * The earlier messages of a version, as they stand: sent, still waiting to go (queued),
     * marked as being sent (by another run, or caught on the wire by an interrupted one: the
     * server may have them; they go again once their claim lapses), or failed for good
     * ({@code --resend} queues those again).
     */
    record Earlier(int sent, int waiting, int midSend, int failed) {
    }

    /**
     * Renders the agenda or the minutes (an invitation is written for each invitee, so it is
     * not previewed here). The rendering is audited as an export of the meeting's papers.
     */
    @Needs(Role.COORDINATOR)
    Rendering preview(RequestContext ctx, RenderRequest request);

    /**
     * Sends a document to every invitee and delivers what is due. Minutes go only once recorded
     * and from a quorate meeting, and are issued by going. Refused (rule {@code nobody-invited})
     * when nobody is invited.
     *
     * @param resend send again to invitees who already have this version
     */
    @Needs(Role.COORDINATOR)
    Sent send(RequestContext ctx, long meetingId, Document document, boolean resend);
}
