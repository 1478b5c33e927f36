package org.safeguard.core.app;

import java.time.Instant;
import java.util.List;
import org.safeguard.core.model.Role;

/**
 * The disclosure log: every document sent — which document and version, which parts, to whom,
 * on what basis, when — and what became of it. Entries are only ever added; reading the log is
 * audited. Implementations are thread-safe.
 */
public interface DisclosureService {
    /** Which parts of a document were disclosed. */
    enum Parts { OPEN, OPEN_AND_CONFIDENTIAL }

    /** What became of a disclosure: waiting to go, gone, or given up on after the last attempt. */
    enum Outcome { QUEUED, SENT, FAILED }

    /**
     * One disclosure with its latest outcome.
     *
     * @param document   the document's kind ({@code agenda}, {@code minutes}, {@code invitation} …)
     * @param documentId the record it belongs to (the meeting)
     * @param version    the document version that went
     * @param recipient  the recipient's address
     * @param agency     the recipient's agency
     * @param basis      the basis for sharing
     * @param meeting    the reference of the meeting whose document it was ({@code M00001}), or null for another document
     * @param children   the references of the children the copy concerned ({@code C00003}), none for an open part or an invitation
     */
    record Entry(long id, String document, long documentId, int version, Parts parts, String recipient, String recipientName,
                 String agency, String basis, Instant disclosed, Outcome outcome, String outcomeDetail, String meeting,
                 List<String> children) {
        public Entry {
            children = List.copyOf(children);
        }
    }

    /**
     * Which disclosures to list: each part given narrows the list (null parts are not applied).
     *
     * @param childId   those that concerned this child (a subject access request, a review)
     * @param meetingId those of this meeting's documents
     * @param recipient those sent to this address (any case)
     * @param since     those made at or after this moment
     */
    record Filter(Long childId, Long meetingId, String recipient, Instant since) {
        /** Every disclosure. */
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** Every disclosure, oldest first; the read is audited. */
    @Needs({Role.AUDITOR, Role.COORDINATOR})
    List<Entry> list(RequestContext ctx);

    /**
     * The disclosures that match a filter, oldest first; the read is audited with the filter's
     * parts (the child's and meeting's ids, never a name). A child or meeting that does not exist
     * is refused; one with no disclosures gives an empty list.
     */
    @Needs({Role.AUDITOR, Role.COORDINATOR})
    List<Entry> list(RequestContext ctx, Filter filter);
}
