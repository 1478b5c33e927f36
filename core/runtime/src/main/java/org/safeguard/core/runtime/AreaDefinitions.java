package org.safeguard.core.runtime;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.dsl.AreaLanguage;
import org.safeguard.dsl.CheckResult;
import org.safeguard.dsl.IncludeResolver;
import org.safeguard.dsl.SourceText;
import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.model.AreaDefinition;

/**
 * The home's area definitions ({@code areas/*.area}), checked against the live vocabulary.
 * A definition with errors is never applied: the last good version of the file — kept in
 * {@code areas/.last-good/} together with the files it includes — stays in force, and the
 * errors are reported. A file that checks clean becomes the new last good version.
 * Not thread-safe; one instance per command, or per reload while serving.
 */
public final class AreaDefinitions {
    /** Where the last good version of every file that checked clean is kept. */
    public static final String LAST_GOOD = ".last-good";

    /**
     * One area file's state.
     *
     * @param file      the file in {@code areas/}
     * @param latest    the result of checking the file as it is now
     * @param inForce   the definition in force: the file's own if it checks clean, else the last good one, else empty
     * @param lastGood  when the definition in force was last applied (the last-good copy's time), or null
     */
    public record Loaded(Path file, CheckResult latest, Optional<AreaDefinition> inForce, Instant lastGood) {
        public boolean applied() {
            return !latest.hasErrors();
        }
    }

    private final Home home;
    private final Supplier<Vocabulary> vocabulary;

    public AreaDefinitions(Home home, Supplier<Vocabulary> vocabulary) {
        this.home = home;
        this.vocabulary = vocabulary;
    }

    /** Checks one file without applying anything; includes resolve beside it. */
    public CheckResult check(Path file) {
        return checkText(file.getFileName().toString(), read(file), file.toAbsolutePath().getParent(), new LinkedHashMap<>());
    }

    /** Checks every area file, applies those that are clean, and falls back to the last good version of the rest. */
    public List<Loaded> load() {
        List<Loaded> out = new ArrayList<>();
        for (Path file : files()) {
            Map<String, String> used = new LinkedHashMap<>();
            CheckResult latest = checkText(file.getFileName().toString(), read(file), home.areas(), used);
            if (!latest.hasErrors()) {
                Instant at = keepAsLastGood(file, used);
                out.add(new Loaded(file, latest, latest.definition(), at));
            } else {
                out.add(new Loaded(file, latest, lastGood(file), lastGoodTime(file)));
            }
        }
        return out;
    }

    /** The definition in force for an area id. */
    public Optional<Loaded> find(String areaId) {
        return load().stream().filter(l -> l.inForce().map(d -> d.id().equals(areaId)).orElse(
                l.file().getFileName().toString().equals(areaId + ".area"))).findFirst();
    }

    /** The area files, in name order. */
    public List<Path> files() {
        if (!Files.isDirectory(home.areas())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(home.areas())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".area") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new SafeguardException("cannot list " + home.areas() + ": " + e.getMessage(), e);
        }
    }

    private CheckResult checkText(String name, String text, Path includeDir, Map<String, String> used) {
        used.put(name, text);
        IncludeResolver includes = include -> {
            Path p = includeDir.resolve(include).normalize();
            if (!p.startsWith(includeDir) || !Files.isRegularFile(p) || !insideAfterLinks(p, includeDir)) {
                // outside the areas folder, also by a symbolic link: not found, and never read or echoed
                return Optional.empty();
            }
            String t = read(p);
            used.put(include, t);
            return Optional.of(new SourceText(include, t));
        };
        return AreaLanguage.check(name, text, vocabulary.get(), includes);
    }

    /** Whether a file is in the folder once every symbolic link on its way is followed. */
    private static boolean insideAfterLinks(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<AreaDefinition> lastGood(Path file) {
        Path dir = home.areas().resolve(LAST_GOOD);
        Path copy = dir.resolve(file.getFileName());
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        // re-checked against today's vocabulary: a last good version that no longer fits is not in force either
        return checkText(copy.getFileName().toString(), read(copy), dir, new LinkedHashMap<>()).definition();
    }

    private Instant lastGoodTime(Path file) {
        Path copy = home.areas().resolve(LAST_GOOD).resolve(file.getFileName());
        try {
            return Files.isRegularFile(copy) ? Files.getLastModifiedTime(copy).toInstant() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private Instant keepAsLastGood(Path file, Map<String, String> used) {
        Path dir = home.areas().resolve(LAST_GOOD);
        try {
            Files.createDirectories(dir);
            boolean changed = false;
            for (Map.Entry<String, String> e : used.entrySet()) {
                Path target = dir.resolve(e.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    continue;
                }
                if (Files.isRegularFile(target) && Files.readString(target).equals(e.getValue())) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
                Files.writeString(tmp, e.getValue());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                changed = true;
            }
            Path copy = dir.resolve(file.getFileName());
            return changed ? Instant.now() : Files.getLastModifiedTime(copy).toInstant();
        } catch (IOException e) {
            throw new SafeguardException("cannot keep the last good version of " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (MalformedInputException e) {
            // not UTF-8: read leniently so the checker can point at the bad bytes instead of failing here
            try {
                return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException again) {
                throw new SafeguardException("cannot read " + file + ": " + again.getMessage(), again);
            }
        } catch (IOException e) {
            throw new SafeguardException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
