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
     */
    record Entry(long id, String document, long documentId, int version, Parts parts, String recipient, String recipientName,
                 String agency, String basis, Instant disclosed, Outcome outcome, String outcomeDetail) {
    }

    /** Every disclosure, oldest first; the read is audited. */
    @Needs({Role.AUDITOR, Role.COORDINATOR})
    List<Entry> list(RequestContext ctx);
}
