package org.safeguard.core.app.internal;

import java.util.List;
import org.safeguard.core.app.PluginService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.runtime.Distribution;
import org.safeguard.core.runtime.PluginInfo;
import org.safeguard.core.runtime.Plugins;

/** {@link PluginService} over the home's plugin policy; each change is audited. */
final class PluginServiceImpl implements PluginService {
    private final Wiring w;

    PluginServiceImpl(Wiring w) {
        this.w = w;
    }

    private Plugins plugins() {
        return new Plugins(w.home().requireExisting(), w.distribution());
    }

    @Override
    public List<PluginInfo> list(RequestContext ctx) {
        return plugins().list();
    }

    @Override
    public List<PluginInfo> shipped(RequestContext ctx) {
        return new Plugins(w.home(), w.distribution()).list();
    }

    @Override
    public List<PluginInfo> demonstrated(RequestContext ctx) {
        return shipped(ctx).stream().filter(p -> p.jar() != null && Distribution.shipsDemonstration(p.jar())).toList();
    }

    @Override
    public PluginInfo enable(RequestContext ctx, String id) {
        PluginInfo p = plugins().enable(id);
        audit(ctx, "enable", p);
        if (w.container().areas().find(p.id()).isPresent()) {
            HomeServiceImpl.writeDefaultDefinition(w, p.id());
        }
        return p;
    }

    @Override
    public PluginInfo disable(RequestContext ctx, String id) {
        PluginInfo p = plugins().disable(id);
        audit(ctx, "disable", p);
        return p;
    }

    private void audit(RequestContext ctx, String action, PluginInfo p) {
        w.inTransaction(ctx, tx -> {
            tx.audit().record(action, "plugin", null, "plugin=" + p.id());
            return null;
        });
    }
}
