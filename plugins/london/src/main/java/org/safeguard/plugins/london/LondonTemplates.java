package org.safeguard.plugins.london;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.template.TemplateProvider;

/**
 * Ships London's templates from this jar's {@code templates/london/} folder: the per-case VOLT
 * overview (Victim, Offender, Location, Themes) of the MASE agenda, Appendix F, in HTML and
 * plain text. The names are listed, not discovered, because a bundle's resources cannot be
 * listed portably. Thread-safe.
 */
@Component(service = TemplateProvider.class)
public final class LondonTemplates implements TemplateProvider {
    static final Set<String> NAMES = Set.of("london/volt", "london/volt.text");

    public LondonTemplates() {
        // DS needs a public no-arg constructor; the templates are read on demand.
    }

    @Override
    public String area() {
        return LondonArea.ID;
    }

    @Override
    public Set<String> names() {
        return NAMES;
    }

    @Override
    public Optional<String> template(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = LondonTemplates.class.getResourceAsStream("/templates/" + name + ".vm")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the London template " + name, e);
        }
    }
}
