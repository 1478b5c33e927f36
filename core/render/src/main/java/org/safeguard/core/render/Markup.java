package org.safeguard.core.render;

import java.util.Objects;

/**
 * Markup that is inserted into an HTML rendering as it is, without escaping: the one, explicit
 * exception to the escaping rule.
 *
 * <p>Only code may make one, and only from markup it built itself from escaped parts, such as
 * another document this renderer produced ({@link RenderedDocument#asMarkup()}, used to place
 * each case's notes inside an agenda). Never wrap text a person typed, text read from the
 * database or text from an imported file: that is how script gets into a document. A template
 * cannot make a {@code Markup}; it can only insert one it was given.
 *
 * <p>In a plain-text rendering a {@code Markup} is inserted as its text, like any other value.
 * Immutable; thread-safe.
 */
public final class Markup {
    private final String html;

    private Markup(String html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    /** Wraps markup the caller built and vouches for. See the class comment before using it. */
    public static Markup trusted(String html) {
        return new Markup(html);
    }

    public String html() {
        return html;
    }

    /** The markup itself: what the template engine inserts. */
    @Override
    public String toString() {
        return html;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Markup m && m.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }
}
