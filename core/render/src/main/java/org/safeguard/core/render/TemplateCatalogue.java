package org.safeguard.core.render;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The documents that can be rendered now: the union of the shared templates, the enabled
 * plugins' templates and the home's overrides, each name listed once with the source that
 * wins. The area definition language checks the template names an area file uses against
 * {@link #names()}.
 *
 * <p>A document name is a template file name without {@code .vm} and without the format
 * suffix: {@code agenda.vm} and {@code agenda.text.vm} are both document {@code agenda}.
 * The macro library ({@code macros.vm}) is not a document. A catalogue is an immutable
 * snapshot; thread-safe.
 */
public final class TemplateCatalogue {
    /** Where a template file comes from. */
    public enum Origin { HOME, PLUGIN, SHARED }

    /**
     * One template file and the source it is read from.
     *
     * @param file     the template file, e.g. {@code lancashire/case-notes.text.vm}
     * @param origin   which source wins for it
     * @param location a path or {@code plugin <area>}: for messages, never for reading
     */
    public record Entry(String file, Origin origin, String location) {
    }

    static final String MACROS = "macros.vm";

    private final Map<String, Entry> files;
    private final List<String> problems;

    /**
     * @param files    the winning entry of every template file
     * @param problems templates that were left out and why (e.g. a plugin shipping a name
     *                 outside its area)
     */
    public TemplateCatalogue(Collection<Entry> files, List<String> problems) {
        Map<String, Entry> byFile = new TreeMap<>();
        files.forEach(e -> byFile.putIfAbsent(e.file(), e));
        this.files = Collections.unmodifiableMap(byFile);
        this.problems = List.copyOf(problems);
    }

    /** Document names, sorted: {@code agenda}, {@code lancashire/case-notes}, … */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (String file : files.keySet()) {
            if (!file.equals(MACROS)) {
                names.add(documentOf(file));
            }
        }
        return Collections.unmodifiableSet(names);
    }

    public boolean contains(String name) {
        return names().contains(name);
    }

    /** The formats document {@code name} can be rendered in; empty when it is unknown. */
    public Set<Format> formats(String name) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (Format f : Format.values()) {
            if (files.containsKey(f.templateFile(name))) {
                formats.add(f);
            }
        }
        return Collections.unmodifiableSet(formats);
    }

    /** The source that renders {@code name} in {@code format}. */
    public Optional<Entry> source(String name, Format format) {
        return Optional.ofNullable(files.get(format.templateFile(name)));
    }

    /** Every template file with its winning source, by file name. */
    public Map<String, Entry> files() {
        return files;
    }

    /** Templates that were left out, and why. */
    public List<String> problems() {
        return problems;
    }

    private static String documentOf(String file) {
        String name = file.substring(0, file.length() - ".vm".length());
        return name.endsWith(".text") ? name.substring(0, name.length() - ".text".length()) : name;
    }
}
