package org.safeguard.core.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.AreaProvider;
import org.safeguard.core.app.AreaService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.runtime.AreaDefinitions;
import org.safeguard.dsl.CheckResult;
import org.safeguard.dsl.model.AreaDefinition;

/** {@link AreaService} over the definitions the wiring keeps in force for the process. */
final class AreaServiceImpl implements AreaService {
    private final Wiring w;

    AreaServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public CheckResult check(RequestContext ctx, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("no such file: " + file);
        }
        return w.areaDefinitions().check(file);
    }

    @Override
    public List<AreaDefinitions.Loaded> list(RequestContext ctx) {
        return w.loadedAreas();
    }

    @Override
    public AreaDefinitions.Loaded find(RequestContext ctx, String areaId) {
        return w.loaded(areaId).orElseThrow(() -> new NotFoundException("no area definition '" + areaId + "' in " + w.home().areas()));
    }

    @Override
    public AreaDefinition inForce(RequestContext ctx, String areaId) {
        return w.definition(areaId);
    }

    @Override
    public AreaDescriptor resolve(RequestContext ctx, String requested) {
        return w.area(requested);
    }

    @Override
    public Optional<String> demonstration(RequestContext ctx, String areaId) {
        return w.container().areas().find(areaId).flatMap(AreaProvider::demonstration);
    }

    @Override
    public List<AreaDefinitions.Loaded> reload(RequestContext ctx) {
        return w.reloadAreas();
    }
}
