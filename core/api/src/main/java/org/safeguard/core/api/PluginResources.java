package org.safeguard.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a plugin's own text resources (its default area definition, demonstration set,
 * templates) through one of its classes, so the bundle's class loader finds them. UTF-8.
 *
 * @since 1.1
 */
public final class PluginResources {
    private PluginResources() {
    }

    /** The resource at {@code path} (absolute, e.g. {@code /area/london.area}) of the owner's jar; empty when absent. */
    public static Optional<String> read(Class<?> owner, String path) {
        try (InputStream in = owner.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the plugin " + owner.getName(), e);
        }
    }
}
