package org.safeguard.core.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A document version as it went to one audience, kept as sent: the message's text and HTML
 * bodies, the PDF, the view model it was rendered from (the data the papers showed, as plain
 * maps, lists, strings, numbers and booleans), the children it concerns (for the disclosure
 * log) and the meeting's date as printed.
 * Re-rendering or re-sending an issued version reads this, never the live records. The PDF is
 * copied in and out, so a copy never changes.
 *
 * @param restricted whether this is the restricted audience's copy (the open parts only)
 */
public record DocumentCopy(long documentId, boolean restricted, String text, String html, byte[] pdf, Map<String, Object> view,
                           Set<Long> children, String printedDate, Instant created) {
    public DocumentCopy {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(printedDate, "printedDate");
        pdf = pdf.clone();
        children = Set.copyOf(children);
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}
