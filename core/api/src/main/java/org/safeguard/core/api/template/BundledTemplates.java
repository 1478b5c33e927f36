package org.safeguard.core.api.template;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.safeguard.core.api.PluginResources;

/**
 * A {@link TemplateProvider} for templates kept in the plugin's own jar, under
 * {@code templates/<name>.vm}: a plugin extends it with its area and the names it ships, and
 * registers the subclass as a Declarative Services component. The names are listed, not
 * discovered, because a bundle's resources cannot be listed portably. Thread-safe.
 *
 * <pre>{@code
 * @Component(service = TemplateProvider.class)
 * public final class LondonTemplates extends BundledTemplates {
 *     public LondonTemplates() {
 *         super("london", Set.of("london/volt", "london/volt.text"));
 *     }
 * }
 * }</pre>
 *
 * @since 1.1
 */
public abstract class BundledTemplates implements TemplateProvider {
    private final String area;
    private final Set<String> names;

    protected BundledTemplates(String area, Set<String> names) {
        this.area = Objects.requireNonNull(area, "area");
        this.names = Set.copyOf(names);
    }

    @Override
    public final String area() {
        return area;
    }

    @Override
    public final Set<String> names() {
        return names;
    }

    @Override
    public final Optional<String> template(String name) {
        if (!names.contains(name)) {
            return Optional.empty();
        }
        return PluginResources.read(getClass(), "/templates/" + name + ".vm");
    }
}
