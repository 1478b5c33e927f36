package org.safeguard.core.mail;

/**
 * Text put into the HTML part of a message the core writes itself (a cancellation, a rule's
 * notice), not through a template: escaped, so nothing in it is read as markup. Stateless.
 */
public final class Html {
    private Html() {
    }

    /** {@code &}, {@code <}, {@code >} and {@code "} as entities. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
