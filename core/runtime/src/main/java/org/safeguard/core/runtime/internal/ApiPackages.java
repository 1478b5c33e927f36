package org.safeguard.core.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Manifest;
import org.safeguard.core.api.SafeguardException;

/**
 * The core API packages the system bundle exports to plugins, with their exact versions,
 * read from the API jar's own bnd-made manifest so the list can never drift from the code.
 */
public final class ApiPackages {
    static final String API_BUNDLE = "org.safeguard.core.api";

    private ApiPackages() {
    }

    /** The bundles whose packages the system bundle exports when Declarative Services runs on the host. */
    static final java.util.List<String> HOSTED_SCR = java.util.List.of("org.apache.felix.scr", "org.osgi.service.component",
            "org.osgi.util.promise", "org.osgi.util.function");

    /**
     * The packages of Declarative Services (Felix SCR and the OSGi APIs it uses) as the jars on
     * the host class path declare them, for the system bundle to export when SCR runs there.
     */
    public static String hostedScrExports() {
        java.util.List<String> clauses = new java.util.ArrayList<>();
        try {
            Enumeration<URL> manifests = ApiPackages.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    Manifest m = new Manifest(in);
                    String bsn = m.getMainAttributes().getValue("Bundle-SymbolicName");
                    String exports = m.getMainAttributes().getValue("Export-Package");
                    if (bsn != null && exports != null && HOSTED_SCR.contains(bsn.split(";")[0].strip())) {
                        clauses.add(exports);
                    }
                }
            }
        } catch (IOException e) {
            throw new SafeguardException("cannot read the Declarative Services manifests: " + e.getMessage(), e);
        }
        if (clauses.size() != HOSTED_SCR.size()) {
            throw new SafeguardException("Declarative Services is incomplete on the class path (needs " + String.join(", ", HOSTED_SCR)
                    + "); the installation is incomplete");
        }
        return String.join(",", clauses);
    }

    public static String exportClause() {
        try {
            Enumeration<URL> manifests = ApiPackages.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    Manifest m = new Manifest(in);
                    String bsn = m.getMainAttributes().getValue("Bundle-SymbolicName");
                    if (bsn != null && bsn.startsWith(API_BUNDLE) && !bsn.startsWith(API_BUNDLE + ".")) {
                        String exports = m.getMainAttributes().getValue("Export-Package");
                        if (exports != null) {
                            return exports;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new SafeguardException("cannot read the core API manifest: " + e.getMessage(), e);
        }
        throw new SafeguardException("the core API jar (" + API_BUNDLE + ") is not on the class path; the installation is incomplete");
    }
}
