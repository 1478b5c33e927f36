package org.safeguard.core.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.safeguard.core.api.SafeguardException;

/**
 * Which installed plugins are disabled, kept in {@code conf/plugins.properties} so that an
 * administrator can read it and a running container can notice a change. A disabled plugin's
 * contributions are ignored by every registry: no new work starts with its instruments,
 * while what was recorded with them stays readable. Immutable snapshot.
 */
public record PluginPolicy(Set<String> disabled) {
    private static final String KEY = "disabled";

    public PluginPolicy {
        disabled = Set.copyOf(disabled);
    }

    public static PluginPolicy read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new PluginPolicy(Set.of());
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new SafeguardException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new PluginPolicy(Arrays.stream(p.getProperty(KEY, "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
    }

    public boolean enabled(String pluginId) {
        return !disabled.contains(pluginId);
    }

    public PluginPolicy enable(String pluginId) {
        Set<String> d = new TreeSet<>(disabled);
        d.remove(pluginId);
        return new PluginPolicy(d);
    }

    public PluginPolicy disable(String pluginId) {
        Set<String> d = new TreeSet<>(disabled);
        d.add(pluginId);
        return new PluginPolicy(d);
    }

    /** Writes atomically, so a watching container never reads half a file. */
    public void write(Path file) {
        Properties p = new Properties();
        p.setProperty(KEY, String.join(",", new TreeSet<>(disabled)));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp)) {
                p.store(w, "Plugins of this home that are disabled (comma-separated ids). Managed by 'safeguard plugins enable|disable'.");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SafeguardException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
