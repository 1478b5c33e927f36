package org.safeguard.core.render;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.safeguard.core.api.template.TemplateProvider;

/**
 * Where templates come from, in the order a name is looked up:
 * <ol>
 * <li>the home's overrides, {@code <home>/templates/<name>.vm};</li>
 * <li>the enabled plugins' {@link TemplateProvider}s, each only for names under its own area;</li>
 * <li>the shared templates of the distribution, {@code <dist>/templates/<name>.vm}.</li>
 * </ol>
 * Nothing outside these is ever read: no other folder, no class path. The plugin supplier is
 * asked afresh on each lookup, so plugins coming and going are seen; it must be cheap and
 * thread-safe (a registry's snapshot). Immutable; thread-safe.
 */
public final class TemplateSources {
    private final Path shared;
    private final Path home;
    private final Supplier<? extends Collection<? extends TemplateProvider>> plugins;

    private TemplateSources(Path shared, Path home, Supplier<? extends Collection<? extends TemplateProvider>> plugins) {
        this.shared = shared.toAbsolutePath().normalize();
        this.home = home == null ? null : home.toAbsolutePath().normalize();
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    /** Only the shared templates folder, e.g. {@code <dist>/templates}. */
    public static TemplateSources shared(Path sharedTemplates) {
        return new TemplateSources(sharedTemplates, null, List::of);
    }

    /** These sources with a home's override folder, {@code <home>/templates}; it need not exist. */
    public TemplateSources withHomeOverrides(Path homeTemplates) {
        return new TemplateSources(shared, Objects.requireNonNull(homeTemplates, "homeTemplates"), plugins);
    }

    /** These sources with the plugins' template providers, in precedence order. */
    public TemplateSources withPlugins(Supplier<? extends Collection<? extends TemplateProvider>> providers) {
        return new TemplateSources(shared, home, providers);
    }

    public Path sharedFolder() {
        return shared;
    }

    public Optional<Path> homeFolder() {
        return Optional.ofNullable(home);
    }

    /** The plugin providers now. */
    public Collection<? extends TemplateProvider> providers() {
        Collection<? extends TemplateProvider> now = plugins.get();
        return now == null ? List.of() : now;
    }
}
