package org.safeguard.core.render.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.safeguard.core.api.template.TemplateProvider;
import org.safeguard.core.render.RenderException;
import org.safeguard.core.render.TemplateCatalogue;
import org.safeguard.core.render.TemplateCatalogue.Entry;
import org.safeguard.core.render.TemplateCatalogue.Origin;
import org.safeguard.core.render.TemplateSources;

/**
 * Resolves a template file name through home override, then plugin, then shared. Names are
 * checked against one strict pattern before any folder is touched, and a file is only read
 * when its real path lies inside its source folder, so neither {@code ../} nor a symbolic link
 * can reach anything else. Stateless apart from the sources; thread-safe.
 */
public final class TemplateChain {
    /** Lower-case path segments, an optional {@code .text} format suffix, then {@code .vm}. */
    static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*(\\.text)?\\.vm");
    private static final int MAX_DEPTH = 4;

    /** A template file's winning source and its text. {@code stamp} changes whenever either does. */
    public record Source(Entry entry, String text, long stamp) {
    }

    private final TemplateSources sources;

    public TemplateChain(TemplateSources sources) {
        this.sources = sources;
    }

    public static boolean isValidFile(String file) {
        return file != null && FILE.matcher(file).matches();
    }

    /** The winning source of {@code file}, read now. */
    public Optional<Source> resolve(String file) {
        if (!isValidFile(file)) {
            return Optional.empty();
        }
        Optional<Path> home = sources.homeFolder();
        if (home.isPresent()) {
            Optional<Source> s = readFile(home.get(), file, Origin.HOME);
            if (s.isPresent()) {
                return s;
            }
        }
        Optional<Source> plugin = fromPlugins(file);
        return plugin.isPresent() ? plugin : readFile(sources.sharedFolder(), file, Origin.SHARED);
    }

    /** The text of the winning source, for quoting a line in an error message. */
    public Optional<String> text(String file) {
        return resolve(file).map(Source::text);
    }

    private Optional<Source> fromPlugins(String file) {
        String name = file.substring(0, file.length() - ".vm".length());
        int slash = name.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String area = name.substring(0, slash);
        for (TemplateProvider p : sources.providers()) {
            Optional<String> text;
            try {
                text = area.equals(p.area()) && p.names().contains(name) ? p.template(name) : Optional.empty();
            } catch (RuntimeException e) {
                throw new RenderException(file, file + ": plugin " + area + " failed to supply the template: " + e.getMessage());
            }
            if (text.isPresent()) {
                String where = "plugin " + p.area() + ": " + file;
                return Optional.of(new Source(new Entry(file, Origin.PLUGIN, where), text.get(),
                        ((long) where.hashCode() << 32) ^ text.get().hashCode()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Source> readFile(Path root, String file, Origin origin) {
        Path path = root.resolve(file).normalize();
        if (!path.startsWith(root) || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                return Optional.empty();
            }
            String text = Files.readString(real, StandardCharsets.UTF_8);
            long stamp = Files.getLastModifiedTime(real).toMillis() * 31 + text.hashCode() + ((long) path.hashCode() << 40);
            return Optional.of(new Source(new Entry(file, origin, path.toString()), text, stamp));
        } catch (IOException e) {
            throw new RenderException(file, "cannot read " + path + ": " + e.getMessage());
        }
    }

    /** Every template file the sources offer now, each with its winning source. */
    public TemplateCatalogue catalogue() {
        Map<String, Entry> winners = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        sources.homeFolder().ifPresent(h -> listFolder(h, Origin.HOME, winners, problems));
        for (TemplateProvider p : sources.providers()) {
            for (String name : new TreeSet<>(p.names())) {
                String file = name + ".vm";
                if (!isValidFile(file) || !name.startsWith(p.area() + "/")) {
                    problems.add("plugin " + p.area() + " ships template '" + name + "', which is not under '" + p.area()
                            + "/' or is not a valid template name; it is ignored");
                } else {
                    winners.putIfAbsent(file, new Entry(file, Origin.PLUGIN, "plugin " + p.area() + ": " + file));
                }
            }
        }
        listFolder(sources.sharedFolder(), Origin.SHARED, winners, problems);
        return new TemplateCatalogue(winners.values(), problems);
    }

    private static void listFolder(Path root, Origin origin, Map<String, Entry> winners, List<String> problems) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            files.filter(p -> p.getFileName().toString().endsWith(".vm")).sorted().forEach(p -> {
                String file = root.relativize(p).toString().replace('\\', '/');
                if (!isValidFile(file)) {
                    problems.add(p + " is not a valid template name (lower-case letters, digits and '-' only); it is ignored");
                } else if (Files.isRegularFile(p)) {
                    winners.putIfAbsent(file, new Entry(file, origin, p.toString()));
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add("cannot list " + root + ": " + e.getMessage());
        }
    }
}
