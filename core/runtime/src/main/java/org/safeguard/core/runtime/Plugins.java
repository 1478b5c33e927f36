package org.safeguard.core.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.Suggestions;

/**
 * Managing a home's plugins without starting a container: listing what is installed and
 * shipped, enabling (installing a shipped jar into the home if needed) and disabling.
 * Stateless; every method reads the folders afresh.
 */
public final class Plugins {
    private final Home home;
    private final Distribution distribution;

    public Plugins(Home home, Distribution distribution) {
        this.home = home;
        this.distribution = distribution;
    }

    /** Installed plugins (enabled or disabled), then shipped ones not installed (available). */
    public List<PluginInfo> list() {
        PluginPolicy policy = PluginPolicy.read(home.pluginPolicyFile());
        Map<String, PluginInfo> out = new LinkedHashMap<>();
        for (Path jar : Distribution.jars(home.plugins())) {
            Distribution.pluginId(jar).ifPresent(id -> out.putIfAbsent(id, new PluginInfo(id, Distribution.name(jar),
                    Distribution.version(jar), jar, policy.enabled(id) ? "enabled" : "disabled")));
        }
        for (Path jar : Distribution.jars(distribution.pluginsDir())) {
            Distribution.pluginId(jar).ifPresent(id -> out.putIfAbsent(id, new PluginInfo(id, Distribution.name(jar),
                    Distribution.version(jar), jar, "available")));
        }
        return new ArrayList<>(out.values());
    }

    public Optional<PluginInfo> find(String id) {
        return list().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Enables a plugin, installing the shipped jar into the home's plugins folder when absent. */
    public PluginInfo enable(String id) {
        PluginInfo info = require(id);
        if (info.state().equals("available")) {
            try {
                Path target = home.plugins().resolve(info.jar().getFileName());
                Path tmp = home.plugins().resolve("." + info.jar().getFileName() + ".part");
                Files.copy(info.jar(), tmp, StandardCopyOption.REPLACE_EXISTING);
                // a running container's folder watcher must never see half a jar
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new SafeguardException("cannot install plugin " + id + " into " + home.plugins() + ": " + e.getMessage(), e);
            }
        }
        PluginPolicy.read(home.pluginPolicyFile()).enable(id).write(home.pluginPolicyFile());
        return require(id);
    }

    /**
     * Disables a plugin: no new work starts with its instruments or forms. Its jar stays, and
     * everything recorded with it stays readable.
     */
    public PluginInfo disable(String id) {
        PluginInfo info = require(id);
        if (info.state().equals("available")) {
            throw new SafeguardException("plugin " + id + " is not installed in this home, so there is nothing to disable");
        }
        PluginPolicy.read(home.pluginPolicyFile()).disable(id).write(home.pluginPolicyFile());
        return require(id);
    }

    private PluginInfo require(String id) {
        return find(id).orElseThrow(() -> {
            List<String> known = list().stream().map(PluginInfo::id).toList();
            String hint = Suggestions.closest(id, known).map(s -> " — did you mean '" + s + "'?")
                    .orElse(known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")");
            return new NotFoundException("no plugin '" + id + "'" + hint);
        });
    }
}
