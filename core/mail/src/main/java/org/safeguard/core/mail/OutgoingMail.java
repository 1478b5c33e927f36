package org.safeguard.core.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.store.DisclosedParts;
import org.safeguard.core.store.DocumentRef;

/**
 * One document going to one recipient: what it is (document and version, which parts), on
 * what basis it is shared, and the message itself — subject, plain text and HTML renderings
 * of the same content, attachments and an optional meeting request. Built and checked by
 * {@link #builder}; every problem is reported at once. Immutable.
 */
public final class OutgoingMail {
    private final DocumentRef document;
    private final DisclosedParts parts;
    private final Recipient recipient;
    private final String basis;
    private final String subject;
    private final String text;
    private final String html;
    private final List<Attachment> attachments;
    private final CalendarInvite invite;
    private final List<Long> children;

    private OutgoingMail(Builder b) {
        this.document = b.document;
        this.parts = b.parts;
        this.recipient = b.recipient;
        this.basis = b.basis.strip();
        this.subject = b.subject.strip();
        this.text = b.text;
        this.html = b.html;
        this.attachments = List.copyOf(b.attachments);
        this.invite = b.invite;
        this.children = List.copyOf(b.children);
    }

    public static Builder builder(DocumentRef document, Recipient recipient) {
        return new Builder(document, recipient);
    }

    public DocumentRef document() { return document; }
    public DisclosedParts parts() { return parts; }
    public Recipient recipient() { return recipient; }
    public String basis() { return basis; }
    public String subject() { return subject; }
    public String text() { return text; }
    public String html() { return html; }
    public List<Attachment> attachments() { return attachments; }
    /** The meeting request, or {@code null}. */
    public CalendarInvite invite() { return invite; }
    /** The children this message's document concerns, by id: the disclosure log records them. */
    public List<Long> children() { return children; }

    /** Collects a message's parts; {@link #build} checks them. Not thread-safe. */
    public static final class Builder {
        private final DocumentRef document;
        private final Recipient recipient;
        private DisclosedParts parts = DisclosedParts.OPEN;
        private String basis = "";
        private String subject = "";
        private String text;
        private String html;
        private final List<Attachment> attachments = new ArrayList<>();
        private CalendarInvite invite;
        private List<LeastData.Name> forbidden = List.of();
        private List<Long> children = List.of();

        private Builder(DocumentRef document, Recipient recipient) {
            this.document = Objects.requireNonNull(document, "document");
            this.recipient = Objects.requireNonNull(recipient, "recipient");
        }

        /** Which parts go; OPEN unless said otherwise. */
        public Builder parts(DisclosedParts parts) {
            this.parts = Objects.requireNonNull(parts, "parts");
            return this;
        }

        /** Why this recipient may have it (their role, the agreement or decision relied on). Required. */
        public Builder basis(String basis) {
            this.basis = basis == null ? "" : basis;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject == null ? "" : subject;
            return this;
        }

        /** The plain-text and HTML renderings of the same content; both required. */
        public Builder body(String text, String html) {
            this.text = text;
            this.html = html;
            return this;
        }

        public Builder attach(Attachment attachment) {
            attachments.add(Objects.requireNonNull(attachment, "attachment"));
            return this;
        }

        public Builder invite(CalendarInvite invite) {
            this.invite = invite;
            return this;
        }

        /**
         * Strings that must not appear in anything a mail server or inbox list shows — the
         * subject, attachment names, the meeting's summary and location. Pass the names of the
         * children the document concerns.
         */
        public Builder forbidInHeaders(List<String> forbidden) {
            this.forbidden = forbidden.stream().map(n -> new LeastData.Name(n, null)).toList();
            return this;
        }

        /** As {@link #forbidInHeaders}, each name with whose it is, so a refusal can say so without repeating it. */
        public Builder forbidNames(List<LeastData.Name> forbidden) {
            this.forbidden = List.copyOf(forbidden);
            return this;
        }

        /** The children the document concerns, by id (for the disclosure log; none by default). */
        public Builder concerning(java.util.Collection<Long> childIds) {
            this.children = List.copyOf(childIds);
            return this;
        }

        public OutgoingMail build() {
            List<Problem> problems = new ArrayList<>();
            try {
                new InternetAddress(recipient.address().strip(), true).validate();
            } catch (AddressException e) {
                problems.add(Problem.of("recipient", "'" + recipient.address() + "' is not a mail address"));
            }
            if (recipient.agency() == null || recipient.agency().isBlank()) {
                problems.add(Problem.of("agency", "name the recipient's agency: the disclosure log records it"));
            }
            if (basis.isBlank()) {
                problems.add(Problem.of("basis", "a document is shared on a stated basis (role, agreement or decision)"));
            }
            if (subject.isBlank()) {
                problems.add(Problem.of("subject", "a message needs a subject"));
            }
            if (text == null || html == null) {
                problems.add(Problem.of("body", "a message carries both a plain-text and an HTML rendering"));
            }
            LeastData.checkNames("subject", subject, forbidden).ifPresent(problems::add);
            for (Attachment a : attachments) {
                LeastData.checkNames("attachment name", a.fileName(), forbidden).ifPresent(problems::add);
            }
            if (invite != null) {
                LeastData.checkNames("meeting summary", invite.summary(), forbidden).ifPresent(problems::add);
                LeastData.checkNames("meeting location (the venue or call details)", invite.location(),
                        forbidden).ifPresent(problems::add);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException("message refused", problems);
            }
            return new OutgoingMail(this);
        }
    }
}
