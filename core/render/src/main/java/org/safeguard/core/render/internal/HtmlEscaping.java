package org.safeguard.core.render.internal;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.safeguard.core.render.Markup;

/**
 * Escapes every value a template inserts into HTML: {@code & < > " '}, so user text can end
 * neither an element nor an attribute (Velocity's own EscapeHtmlReference leaves {@code '}).
 * Control characters that XML forbids become U+FFFD, so the output stays well-formed for the
 * PDF converter. A {@link Markup} passes through unchanged: the one documented exception.
 * Stateless; thread-safe.
 */
public final class HtmlEscaping implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof Markup) {
            return value;
        }
        return escape(value.toString());
    }

    public static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF' ? "\uFFFD" : null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (rep != null) {
                    out.append(rep);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
