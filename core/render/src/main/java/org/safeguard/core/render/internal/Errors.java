package org.safeguard.core.render.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.safeguard.core.render.RenderException;

/**
 * Turns whatever the engine threw into one {@link RenderException} that reads
 * {@code where:line:column: what went wrong}, then the template line and a caret. Velocity's
 * own messages carry a {@code name[line x, column y]} suffix and, for syntax errors, a list of
 * every token it expected; both are trimmed to what a template author needs. View-model values
 * never appear: only template text and field names.
 */
final class Errors {
    private static final Pattern POSITION = Pattern.compile("\\s*(?:at\\s+)?(\\S+)\\[line (\\d+), column (\\d+)\\]");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"(.*?)\" at ");

    private final TemplateChain chain;

    Errors(TemplateChain chain) {
        this.chain = chain;
    }

    RenderException notFound(String file, ResourceNotFoundException e) {
        String missing = file;
        Matcher m = Pattern.compile("'([^']+)'").matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            missing = m.group(1);
        }
        if (missing.equals(file)) {
            return new RenderException(file, 0, 0, file + ": no such template in the home overrides, the plugins or the shared templates", null);
        }
        String what = "it uses '" + missing + "', which is in none of the home overrides, the plugins or the shared templates"
                + (TemplateChain.isValidFile(missing) ? "" : " (a template is named by its path among them: lower-case letters, digits, '-' and '/', ending .vm)");
        Optional<Place> place = locate(file, Pattern.compile(Pattern.quote(missing)), Pattern.compile("#\\{?(parse|include)\\b"));
        return place.map(p -> at(p.template(), p.line(), p.column(), what, null))
                .orElseGet(() -> new RenderException(file, 0, 0, file + ": " + what, null));
    }

    /** A line and column in one of the templates a rendering used. */
    record Place(String template, int line, int column) {
    }

    /**
     * Where the text something went wrong with is written: the first match of the first pattern
     * that matches anywhere, searched in {@code file}, then the templates it {@code #parse}s (by
     * literal name, transitively), then the macro library. The engine reports no position for a
     * failure found after it ran (a refused resource in the output, an overflowing value or a
     * missing {@code #parse} target); the template's own text does.
     */
    Optional<Place> locate(String file, Pattern... patterns) {
        java.util.List<String> templates = used(file);
        for (Pattern pattern : patterns) {
            for (String template : templates) {
                Optional<String> text = safeResolve(template).map(TemplateChain.Source::text);
                if (text.isEmpty()) {
                    continue;
                }
                Matcher m = pattern.matcher(text.get());
                if (m.find()) {
                    int at = m.groupCount() > 0 && m.start(1) >= 0 ? m.start(1) : m.start(); // a pattern's group 1, when it has one, is the place
                    int line = 1;
                    int lineStart = 0;
                    for (int i = 0; i < at; i++) {
                        if (text.get().charAt(i) == '\n') {
                            line++;
                            lineStart = i + 1;
                        }
                    }
                    return Optional.of(new Place(template, line, at - lineStart + 1));
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern PARSED = Pattern.compile("#\\{?parse\\}?\\s*\\(\\s*[\"']([^\"'$]+)[\"']\\s*\\)");

    /** {@code file}, what it parses by literal name (breadth first, as deep as the engine allows), then the macro library. */
    private java.util.List<String> used(String file) {
        java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<String> next = new java.util.ArrayDeque<>(java.util.List.of(file));
        while (!next.isEmpty() && seen.size() < 32) {
            String template = next.poll();
            if (!seen.add(template)) {
                continue;
            }
            safeResolve(template).ifPresent(s -> {
                Matcher m = PARSED.matcher(s.text());
                while (m.find()) {
                    next.add(m.group(1));
                }
            });
        }
        seen.add(DocumentEngine.MACROS);
        return java.util.List.copyOf(seen);
    }

    RenderException fromEngine(String file, RuntimeException e) {
        String template = file;
        int line = 0;
        int column = 0;
        if (e instanceof ExtendedParseException p && p.getTemplateName() != null) {
            template = p.getTemplateName();
            line = p.getLineNumber();
            column = p.getColumnNumber();
        } else {
            Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                template = m.group(1);
                line = Integer.parseInt(m.group(2));
                column = Integer.parseInt(m.group(3));
            }
        }
        return at(template, line, column, describe(e), e);
    }

    RenderException at(String template, int line, int column, String what, Throwable cause) {
        Optional<TemplateChain.Source> source = safeResolve(template);
        String where = source.map(s -> s.entry().location()).orElse(template);
        StringBuilder msg = new StringBuilder(where);
        if (line > 0) {
            msg.append(':').append(line).append(':').append(column);
        }
        msg.append(": ").append(what);
        source.ifPresent(s -> quote(s.text(), line, column, msg));
        return new RenderException(template, line, column, msg.toString(), cause);
    }

    private Optional<TemplateChain.Source> safeResolve(String template) {
        try {
            return chain.resolve(template);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String describe(RuntimeException e) {
        if (e instanceof ParseErrorException p) {
            String raw = firstLine(p.getMessage());
            Matcher enc = ENCOUNTERED.matcher(raw);
            if (p.getInvalidSyntax() != null && !p.getInvalidSyntax().isBlank()) {
                return "syntax error: " + strip(raw);
            }
            if (enc.find()) {
                String token = enc.group(1);
                return "syntax error: unexpected " + (token.equals("<EOF>") || token.equals("\\u001c") ? "end of template (is an #end or a ')' missing?)" : token);
            }
            return "syntax error: " + strip(raw);
        }
        Throwable cause = e instanceof MethodInvocationException m ? m.getCause() : null;
        if (cause instanceof ViewMap.UnknownFieldException u) {
            return u.getMessage();
        }
        String msg = strip(firstLine(e.getMessage()));
        if (msg.contains("has not been set") || msg.contains("cannot be resolved")) {
            return msg + " (the view model has no such value; strict references are on)";
        }
        if (msg.contains("does not contain method") || msg.contains("does not contain property")) {
            return msg + " (templates may only read the view model; the sandbox allows no other Java)";
        }
        return msg;
    }

    private static String strip(String msg) {
        return POSITION.matcher(msg).replaceAll("").replaceAll("\\s+$", "");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown template error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void quote(String text, int line, int column, StringBuilder msg) {
        if (line <= 0) {
            return;
        }
        String[] lines = text.split("\r?\n", -1);
        if (line > lines.length) {
            return;
        }
        String src = lines[line - 1];
        msg.append('\n').append("  ").append(src).append('\n').append("  ");
        for (int i = 1; i < column && i <= src.length(); i++) {
            msg.append(src.charAt(i - 1) == '\t' ? '\t' : ' ');
        }
        msg.append('^');
    }
}
