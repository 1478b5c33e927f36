package org.safeguard.core.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.SafeguardPlugin;

/**
 * The installed distribution: {@code bundles/} holds the OSGi service bundles (Declarative
 * Services and its APIs, FileInstall), {@code plugins/} the area plugins shipped with it,
 * available to enable in any home. Immutable.
 */
public record Distribution(Path root) {
    /** The system property the launcher script sets to the distribution's folder. */
    public static final String PROPERTY = "safeguard.dist";

    public Distribution {
        root = root.toAbsolutePath().normalize();
    }

    public static Distribution fromSystemProperty() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            throw new SafeguardException("the " + PROPERTY + " system property is not set; start Safeguard with bin/safeguard");
        }
        return new Distribution(Path.of(dir));
    }

    public Path bundlesDir() { return root.resolve("bundles"); }
    public Path pluginsDir() { return root.resolve("plugins"); }

    public List<Path> serviceBundles() {
        List<Path> jars = jars(bundlesDir());
        if (jars.isEmpty()) {
            throw new SafeguardException("no service bundles in " + bundlesDir() + "; the installation is incomplete");
        }
        return jars;
    }

    /** Shipped plugin jars by plugin id. */
    public Optional<Path> shippedPlugin(String id) {
        return jars(pluginsDir()).stream().filter(j -> pluginId(j).map(id::equals).orElse(false)).findFirst();
    }

    static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList());
        } catch (IOException e) {
            throw new SafeguardException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The plugin id a jar declares in its manifest, if it is a Safeguard plugin. */
    public static Optional<String> pluginId(Path jar) {
        return header(jar, SafeguardPlugin.HEADER);
    }

    /** Whether a plugin jar says it ships a demonstration set ({@code Safeguard-Demonstration}). */
    public static boolean shipsDemonstration(Path jar) {
        return header(jar, org.safeguard.core.api.SafeguardDemonstration.HEADER).map("true"::equals).orElse(false);
    }

    static Optional<String> header(Path jar, String name) {
        try (JarFile f = new JarFile(jar.toFile())) {
            return f.getManifest() == null ? Optional.empty() : Optional.ofNullable(f.getManifest().getMainAttributes().getValue(name));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String version(Path jar) {
        return header(jar, "Bundle-Version").orElse("?");
    }

    static String name(Path jar) {
        return header(jar, "Bundle-Name").orElse(jar.getFileName().toString());
    }
}
