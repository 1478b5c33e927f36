package org.safeguard.plugins.lancashire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.template.TemplateProvider;

/**
 * Ships Lancashire's template overrides from this jar's {@code templates/lancashire/} folder:
 * the CSE 3 case notes of SOP Appendix I, in HTML and plain text. The names are listed here,
 * not discovered, because a bundle's resources cannot be listed portably. Thread-safe.
 */
@Component(service = TemplateProvider.class)
public final class LancashireTemplates implements TemplateProvider {
    static final Set<String> NAMES = Set.of("lancashire/case-notes", "lancashire/case-notes.text");

    public LancashireTemplates() {
        // DS needs a public no-arg constructor; the templates are read on demand.
    }

    @Override
    public String area() {
        return LancashireArea.ID;
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
        try (InputStream in = LancashireTemplates.class.getResourceAsStream("/templates/" + name + ".vm")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Lancashire template " + name, e);
        }
    }
}
