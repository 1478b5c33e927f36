package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The names of the Velocity templates ({@code name.vm}, named by their path below the folder
 * without the extension, e.g. {@code lancashire/case-notes}) found in template folders.
 */
final class TemplateNames {
    private TemplateNames() {
    }

    static Set<String> in(List<Path> folders) {
        Set<String> names = new TreeSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(folder)) {
                s.filter(p -> p.getFileName().toString().endsWith(".vm")).forEach(p -> {
                    String rel = folder.relativize(p).toString().replace('\\', '/');
                    names.add(rel.substring(0, rel.length() - ".vm".length()));
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list templates in " + folder, e);
            }
        }
        return names;
    }
}
