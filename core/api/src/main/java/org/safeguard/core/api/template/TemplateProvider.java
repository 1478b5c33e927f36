package org.safeguard.core.api.template;

import java.util.Optional;
import java.util.Set;

/**
 * The service a plugin registers to ship template overrides for its area.
 *
 * <p>A template name is a path without the {@code .vm} extension, under the plugin's area:
 * {@code "lancashire/case-notes"} for a document's HTML rendering and
 * {@code "lancashire/case-notes.text"} for its plain-text rendering. Names outside
 * {@code <area>/} are ignored by the core, so a plugin cannot replace the templates every area
 * shares. The text returned is Velocity template source, rendered by the core's sandboxed
 * engine (see {@code templates/README.md} of the distribution for the rules).
 *
 * <p>A home can override any template a plugin ships; a plugin's template overrides a shared
 * template of the same name. Implementations are typically constant data read from the
 * plugin's own jar and must be thread-safe.
 */
public interface TemplateProvider {

    /** The area these templates belong to, e.g. {@code "lancashire"}: the first name segment. */
    String area();

    /** Every template name this provider ships, e.g. {@code "lancashire/case-notes"}. */
    Set<String> names();

    /** The template's source text, or empty when this provider does not ship that name. */
    Optional<String> template(String name);
}
