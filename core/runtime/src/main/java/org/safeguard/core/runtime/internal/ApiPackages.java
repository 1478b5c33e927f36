package org.safeguard.core.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import org.safeguard.core.api.SafeguardException;

/**
 * The core API packages the system bundle exports to plugins, with their exact versions,
 * read from the API jar's own bnd-made manifest so the list can never drift from the code.
 */
public final class ApiPackages {
    static final String API_BUNDLE = "org.safeguard.core.api";

    /** The bundles whose packages the system bundle exports when Declarative Services runs on the host. */
    static final List<String> HOSTED_SCR = List.of("org.apache.felix.scr", "org.osgi.service.component",
            "org.osgi.util.promise", "org.osgi.util.function");

    private ApiPackages() {
    }

    /** The core API's packages, as its jar's manifest exports them. */
    public static String exportClause() {
        Map<String, String> found = exportsOf(List.of(API_BUNDLE));
        if (found.isEmpty()) {
            throw new SafeguardException("the core API jar (" + API_BUNDLE + ") is not on the class path; the installation is incomplete");
        }
        return found.get(API_BUNDLE);
    }

    /**
     * The packages of Declarative Services (Felix SCR and the OSGi APIs it uses) as the jars on
     * the host class path declare them, for the system bundle to export when SCR runs there.
     */
    public static String hostedScrExports() {
        Map<String, String> found = exportsOf(HOSTED_SCR);
        if (found.size() != HOSTED_SCR.size()) {
            throw new SafeguardException("Declarative Services is incomplete on the class path (needs " + String.join(", ", HOSTED_SCR)
                    + "); the installation is incomplete");
        }
        return String.join(",", found.values());
    }

    /** The Export-Package header of each named bundle found on the class path, by symbolic name. */
    private static Map<String, String> exportsOf(List<String> symbolicNames) {
        Map<String, String> found = new LinkedHashMap<>();
        try {
            Enumeration<URL> manifests = ApiPackages.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    Manifest m = new Manifest(in);
                    String bsn = m.getMainAttributes().getValue("Bundle-SymbolicName");
                    String exports = m.getMainAttributes().getValue("Export-Package");
                    String name = bsn == null ? null : bsn.split(";")[0].strip();
                    if (name != null && exports != null && symbolicNames.contains(name)) {
                        found.putIfAbsent(name, exports);
                    }
                }
            }
        } catch (IOException e) {
            throw new SafeguardException("cannot read the manifests on the class path: " + e.getMessage(), e);
        }
        return found;
    }
}
