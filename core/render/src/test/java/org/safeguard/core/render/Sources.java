package org.safeguard.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.safeguard.core.api.template.TemplateProvider;

/** The repository's template folders, and template providers for tests. */
final class Sources {
    private Sources() {
    }

    static Path shared() {
        return Path.of(System.getProperty("safeguard.templates", "../../templates"));
    }

    /** The Lancashire plugin's templates, served from its resources folder as its jar serves them. */
    static TemplateProvider lancashire() {
        Path root = Path.of(System.getProperty("safeguard.lancashire.resources", "../../plugins/lancashire/src/main/resources"));
        Map<String, String> texts = new LinkedHashMap<>();
        Path folder = root.resolve("templates/lancashire");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                String file = p.getFileName().toString();
                texts.put("lancashire/" + file.substring(0, file.length() - ".vm".length()), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return provider("lancashire", texts);
    }

    static TemplateProvider provider(String area, Map<String, String> texts) {
        Map<String, String> copy = Map.copyOf(texts);
        return new TemplateProvider() {
            @Override
            public String area() {
                return area;
            }

            @Override
            public Set<String> names() {
                return copy.keySet();
            }

            @Override
            public Optional<String> template(String name) {
                return Optional.ofNullable(copy.get(name));
            }
        };
    }

    static Renderer sharedRenderer() {
        return Renderer.create(TemplateSources.shared(shared()));
    }
}
