package org.safeguard.core.render;

/**
 * The formats a document renders to. HTML and PDF come from the same template,
 * {@code <name>.vm}; plain text from its sibling {@code <name>.text.vm}. Both are given the
 * same view model, so the two renderings of a document never disagree about its content.
 */
public enum Format {
    /** Well-formed XHTML, UTF-8, every inserted reference HTML-escaped. */
    HTML("text/html; charset=UTF-8", "html", ""),
    /** Plain UTF-8 text, nothing escaped: for email bodies and terminals. */
    TEXT("text/plain; charset=UTF-8", "txt", ".text"),
    /** The HTML rendering laid out on A4 pages by the PDF library. */
    PDF("application/pdf", "pdf", "");

    private final String mediaType;
    private final String extension;
    private final String templateSuffix;

    Format(String mediaType, String extension, String templateSuffix) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.templateSuffix = templateSuffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The template file that renders document {@code name} in this format, e.g. {@code agenda.text.vm}. */
    public String templateFile(String name) {
        return name + templateSuffix + ".vm";
    }
}
