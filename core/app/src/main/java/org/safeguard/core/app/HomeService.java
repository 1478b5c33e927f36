package org.safeguard.core.app;

import java.util.List;
import org.safeguard.core.runtime.PluginInfo;
import org.safeguard.core.model.Role;

/**
 * Making a home: its folders and database, its areas' plugins enabled, and each area's
 * default definition written once (after that the file is the administrator's).
 */
public interface HomeService {
    /**
     * Creates the home (or brings an existing one up to date) and enables the named areas'
     * plugins. An unknown area is refused before anything is created.
     *
     * @return the plugins enabled
     */
    @Needs(Role.ADMINISTRATOR)
    List<PluginInfo> init(RequestContext ctx, List<String> areas);
}
