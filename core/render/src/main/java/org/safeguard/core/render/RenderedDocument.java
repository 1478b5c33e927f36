package org.safeguard.core.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One rendered document: the template name it came from, its format and its bytes (UTF-8 text
 * for HTML and TEXT). Immutable; thread-safe.
 */
public final class RenderedDocument {
    private final String name;
    private final Format format;
    private final byte[] bytes;

    public RenderedDocument(String name, Format format, byte[] bytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.bytes = bytes.clone();
    }

    /** The document's template name, e.g. {@code "lancashire/case-notes"}. */
    public String name() {
        return name;
    }

    public Format format() {
        return format;
    }

    /** A copy of the content. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** The content as text; only for HTML and TEXT. */
    public String text() {
        if (format == Format.PDF) {
            throw new IllegalStateException("a PDF document has no text form");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * This HTML rendering as trusted markup, to place inside another HTML document: the content
     * of its {@code <body>} (the whole text when it has none). This is how an agenda carries each
     * case's notes: render {@code case-notes} first, then pass {@code asMarkup()} in the agenda's
     * view model.
     */
    public Markup asMarkup() {
        if (format != Format.HTML) {
            throw new IllegalStateException("only an HTML rendering can be inserted as markup, not " + format);
        }
        String html = text();
        int open = html.indexOf("<body");
        int start = open < 0 ? -1 : html.indexOf('>', open);
        int end = html.lastIndexOf("</body>");
        return Markup.trusted(start >= 0 && end > start ? html.substring(start + 1, end).strip() : html);
    }

    /** How many pages a PDF rendering has (for reports and benchmarks); only for PDF. */
    public int pages() {
        if (format != Format.PDF) {
            throw new IllegalStateException("only a PDF rendering has pages, not " + format);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.pdmodel.PDDocument.load(bytes)) {
            return doc.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the rendered PDF cannot be read back: " + e.getMessage(), e);
        }
    }

    /** A file name for it, e.g. {@code case-notes.pdf}. */
    public String fileName() {
        return name.substring(name.lastIndexOf('/') + 1) + "." + format.extension();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedDocument d && d.name.equals(name) && d.format == format && Arrays.equals(d.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, format) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return fileName() + " (" + bytes.length + " bytes)";
    }
}
