package org.safeguard.core.render.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Refuses an HTML template that builds a string from references, such as
 * {@code #pageStart("Agenda: $meeting.date" ...)}. Velocity escapes each reference as it is
 * interpolated and escapes the finished string again when it is inserted, so the reader would
 * see {@code &amp;amp;}. Values go to macros as separate arguments or in a list instead.
 * Plain-text templates are not checked. Each parsed template is checked once; thread-safe.
 */
final class InterpolationCheck {
    private final Map<Template, Boolean> checked = Collections.synchronizedMap(new WeakHashMap<>());
    private final Errors errors;

    InterpolationCheck(Errors errors) {
        this.errors = errors;
    }

    void check(Template template) {
        if (checked.containsKey(template)) {
            return;
        }
        Object data = template.getData();
        if (data instanceof Node root) {
            walk(root, template.getName());
        }
        checked.put(template, Boolean.TRUE);
    }

    private void walk(Node node, String file) {
        // a double-quoted literal with a reference or directive in it is interpolated, i.e. not constant
        if (node instanceof ASTStringLiteral literal && !literal.isConstant()) {
            throw errors.at(file, literal.getLine(), literal.getColumn(), "an HTML template must not build a string from"
                    + " references in a double-quoted string: every value would be escaped twice; pass the values to the"
                    + " macro as separate arguments or as a list, or use single quotes for fixed text", null);
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            walk(node.jjtGetChild(i), file);
        }
    }
}
