package org.safeguard.core.render.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses an HTML rendering that would make its reader fetch anything: an image, frame, object,
 * style sheet, font or CSS {@code url(…)} from the network or a file. The PDF converter is
 * told to fetch nothing as well ({@link Pdf}); refusing here also keeps such a reference out of
 * the HTML part of an email, where it would be a tracking pixel. Links ({@code <a href>}) are
 * not fetched and are allowed, and so is an image the document carries itself, a PNG {@code data:}
 * URI that {@link EmbeddedImages} accepts (a report's chart). The report names the scheme and host only: a URL's path may carry
 * a child's details.
 */
final class OutsideResources {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][\\w:-]*)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
    private static final Pattern STYLE = Pattern.compile("(?is)<style\\b[^>]*>(.*?)</style>");
    private static final Pattern CSS = Pattern.compile("(?is)\\burl\\s*\\(\\s*(\"[^\"]*\"|'[^']*'|[^)]*)\\)|@import\\s*(\"[^\"]*\"|'[^']*'|\\S+)");
    /** Attributes a browser or the converter loads from; {@code href} only on {@code <link>}. */
    private static final java.util.Set<String> FETCHING = java.util.Set.of("src", "srcset", "data", "poster", "background", "codebase",
            "xlink:href", "action", "formaction", "lowsrc", "dynsrc", "longdesc", "usemap", "profile", "manifest");

    private OutsideResources() {
    }

    /**
     * Refuses the first reference in the markup (tags and style sheets; escaped text is never
     * markup) that something would load. Reports it by the template line that wrote it: the
     * reference itself when the template holds it literally, else the first such element or
     * style rule; by the rendered output's line when neither is found.
     */
    static void check(String html, String file, Errors errors) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String attributes = tag.group(2);
            if (!mayFetch(attributes)) {
                continue; // most tags carry no attribute or only a class
            }
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            Matcher a = ATTRIBUTE.matcher(attributes);
            while (a.find()) {
                String attribute = a.group(1).toLowerCase(Locale.ROOT);
                String value = unquote(a.group(2));
                if (name.equals("img") && attribute.equals("src") && EmbeddedImages.allowed(value)) {
                    continue; // a PNG the document carries itself (a chart) fetches nothing
                }
                if (FETCHING.contains(attribute) || attribute.equals("href") && name.equals("link")) {
                    refuse(html, tag.start(), value, file, errors,
                            Pattern.compile("(?i)<" + Pattern.quote(name) + "\\b[^>]*\\b" + Pattern.quote(attribute) + "\\s*="));
                } else if (attribute.equals("style")) {
                    css(html, tag.start(), value, file, errors, Pattern.compile("(?i)<" + Pattern.quote(name) + "\\b[^>]*\\bstyle\\s*="));
                }
            }
        }
        Matcher style = STYLE.matcher(html);
        while (style.find()) {
            css(html, style.start(), style.group(1), file, errors, Pattern.compile("(?i)<style\\b"));
        }
    }

    /** Whether a tag's attributes could name something to load: a cheap test before they are parsed. */
    private static boolean mayFetch(String attributes) {
        if (attributes.indexOf('=') < 0) {
            return false;
        }
        String lower = attributes.toLowerCase(Locale.ROOT);
        for (String word : WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> WORDS = List.of("src", "data", "href", "style", "background", "action", "poster", "codebase",
            "usemap", "profile", "manifest", "longdesc");

    private static void css(String html, int at, String css, String file, Errors errors, Pattern element) {
        Matcher m = CSS.matcher(css);
        while (m.find()) {
            refuse(html, at, unquote(m.group(1) != null ? m.group(1) : m.group(2)), file, errors, element,
                    Pattern.compile(m.group(1) != null ? "(?i)\\burl\\s*\\(" : "(?i)@import\\b"));
        }
    }

    private static void refuse(String html, int at, String target, String file, Errors errors, Pattern... written) {
        if (target.startsWith("#")) {
            return; // a reference within the document fetches nothing
        }
        String what = "the HTML rendering refers to " + describe(target)
                + ", which Safeguard never fetches: documents may use only what they carry themselves; remove it from the template";
        Pattern[] patterns = new Pattern[written.length + 1];
        patterns[0] = Pattern.compile(Pattern.quote(target)); // the reference as the template writes it, when it holds no value
        System.arraycopy(written, 0, patterns, 1, written.length);
        java.util.Optional<Errors.Place> place = target.isEmpty() ? java.util.Optional.empty() : errors.locate(file, patterns);
        if (place.isPresent()) {
            throw errors.at(place.get().template(), place.get().line(), place.get().column(), what, null);
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (html.charAt(i) == '\n') {
                line++;
            }
        }
        throw errors.at(file, 0, 0, what.replace("the HTML rendering refers", "the HTML rendering (rendered output line " + line + ") refers"), null);
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1);
        }
        return s.strip();
    }

    /** "http://127.0.0.1:8999/…", "a local file", never the path. */
    private static String describe(String target) {
        try {
            URI uri = new URI(target.replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme == null || scheme.equals("file")) {
                return "a file (" + (scheme == null ? "relative path" : "file:") + "…)";
            }
            if (uri.getHost() != null) {
                return "an outside resource (" + scheme + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/…)";
            }
            return "an outside resource (" + scheme + ":…)";
        } catch (java.net.URISyntaxException e) {
            return "an outside resource";
        }
    }
}
