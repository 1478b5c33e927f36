package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into the build. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/safeguard-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"safeguard " + p.getProperty("version", "unknown"), "Java " + System.getProperty("java.version")};
    }
}
