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
