package org.safeguard.core.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.area.AreaProvider;
import org.safeguard.core.app.HomeService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Role;
import org.safeguard.core.runtime.PluginInfo;
import org.safeguard.core.runtime.Plugins;

/** {@link HomeService}: the home's folders, its database, its first plugins and their default definitions. */
final class HomeServiceImpl implements HomeService {
    private final Wiring w;

    HomeServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public List<PluginInfo> init(RequestContext ctx, List<String> areas) {
        // refuse an unknown area before anything is created, so a typo leaves no half-made home
        Plugins shipped = new Plugins(w.home(), w.distribution());
        for (String id : areas) {
            if (shipped.find(id).isEmpty()) {
                List<String> known = shipped.list().stream().map(PluginInfo::id).toList();
                throw new NotFoundException("no area plugin '" + id + "'" + Suggestions.closest(id, known)
                        .map(x -> " — did you mean '" + x + "'?").orElse(" (available: " + String.join(", ", known) + ")"));
            }
        }
        refuseToTakeOver(w.home().root());
        w.home().create();
        w.inTransaction(ctx, tx -> {
            tx.audit().record("init", "home", null, "");
            if (!tx.users().any()) {
                // the home's first user: whoever made it is its administrator
                tx.users().add(ctx.actor(), Role.ADMINISTRATOR);
            }
            return null;
        });
        Plugins plugins = new Plugins(w.home(), w.distribution());
        List<PluginInfo> enabled = new ArrayList<>();
        for (String id : areas) {
            PluginInfo p = plugins.enable(id);
            w.inTransaction(ctx, tx -> {
                tx.audit().record("enable", "plugin", null, "plugin=" + p.id());
                return null;
            });
            enabled.add(p);
        }
        for (String id : areas) {
            writeDefaultDefinition(w, id);
        }
        return enabled;
    }

    /**
     * A home is made in a new or empty folder, or brought up to date where one already is; a
     * folder that holds anything else is never taken over (nor its permissions changed).
     */
    private void refuseToTakeOver(Path root) {
        if (w.home().exists() || !Files.exists(root)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new RefusedException("home-folder-needed", root + " is a file, not a folder for a home");
        }
        try (Stream<Path> entries = Files.list(root)) {
            if (entries.findAny().isPresent()) {
                throw new RefusedException("home-folder-not-empty", root + " already holds other files and is not a Safeguard home; "
                        + "a home is made in a new or empty folder");
            }
        } catch (IOException e) {
            throw new SafeguardException("cannot read " + root + ": " + e.getMessage(), e);
        }
    }

    /** A plugin ships its area's default definition; it is written once and then belongs to the administrator. */
    static void writeDefaultDefinition(Wiring w, String areaId) {
        AreaProvider provider = w.container().areas().find(areaId).orElseThrow(() -> new RefusedException("plugin-offers-area",
                "plugin " + areaId + " is enabled but offers no area named '" + areaId + "'"));
        Path file = w.home().areas().resolve(areaId + ".area");
        provider.defaultDefinition().ifPresent(text -> {
            if (!Files.exists(file)) {
                try {
                    Files.writeString(file, text);
                } catch (IOException e) {
                    throw new SafeguardException("cannot write " + file + ": " + e.getMessage(), e);
                }
            }
        });
        w.reloadAreas();
    }
}
