package org.safeguard.core.app;

import java.util.List;
import org.safeguard.core.api.language.Finding;
import org.safeguard.core.api.language.Label;
import org.safeguard.core.model.Role;

/**
 * The language check: finds labels that minimise what is happening to a child in a text, each
 * with why it is not used and what to write instead. The labels are the list every area shares
 * (kept by the core) and the lists of the home's enabled area plugins, theirs first, so an area's
 * own wording wins where both list the same words. With no home yet, the shared list alone.
 *
 * <p>The services check every free-text field they save the same way and add what they find to
 * the request's {@link Warnings}; nothing is ever refused or changed because of a label.
 * Checking reads no record and opens no database, so it is not audited. Thread-safe.
 */
public interface LanguageService {
    /** What the check finds in a text, in the order of the text; offsets are characters, the end exclusive. */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    List<Finding> check(RequestContext ctx, String text);

    /** The labels checked for, in the order they are tried (the enabled plugins' lists, then the shared list). */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    List<Label> labels(RequestContext ctx);
}
