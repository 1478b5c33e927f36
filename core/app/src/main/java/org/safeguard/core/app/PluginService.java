package org.safeguard.core.app;

import java.util.List;
import org.safeguard.core.runtime.PluginInfo;
import org.safeguard.core.model.Role;

/** The home's area plugins: which are shipped, installed and enabled; enabling and disabling them (audited). */
public interface PluginService {
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    List<PluginInfo> list(RequestContext ctx);

    /** The plugins this installation ships, available to any home (the home need not exist yet). */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    List<PluginInfo> shipped(RequestContext ctx);

    /** The shipped plugins that ship a demonstration set (what {@code demo} can show), in id order. */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    List<PluginInfo> demonstrated(RequestContext ctx);

    /** Enables a plugin, installing a shipped one into the home, and writes its area's default definition if none exists. */
    @Needs(Role.ADMINISTRATOR)
    PluginInfo enable(RequestContext ctx, String id);

    /** Disables a plugin: no new work starts with its instruments or forms; what was recorded stays readable. */
    @Needs(Role.ADMINISTRATOR)
    PluginInfo disable(RequestContext ctx, String id);
}
