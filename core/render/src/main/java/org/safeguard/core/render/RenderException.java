package org.safeguard.core.render;

import org.safeguard.core.api.SafeguardException;

/**
 * A template could not be rendered: it is missing, has a syntax error, names a value the view
 * model does not have (strict references), tried something the sandbox forbids, or produced
 * HTML that is not well-formed enough for PDF.
 *
 * <p>The message reads {@code where:line:column: what went wrong}, followed by the template line
 * and a caret when the source is known; it is meant to be shown as it is, without a stack trace.
 * It never contains view-model values, so no child's details reach a log through it.
 */
public class RenderException extends SafeguardException {
    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;

    public RenderException(String template, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    public RenderException(String template, String message) {
        this(template, 0, 0, message, null);
    }

    /** The template file, e.g. {@code agenda.vm} or {@code lancashire/case-notes.text.vm}. */
    public String template() {
        return template;
    }

    /** The 1-based line in the template, or 0 when the problem has no position. */
    public int line() {
        return line;
    }

    /** The 1-based column in the template, or 0 when the problem has no position. */
    public int column() {
        return column;
    }
}
