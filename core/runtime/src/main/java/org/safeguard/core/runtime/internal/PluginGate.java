package org.safeguard.core.runtime.internal;

import java.util.Collection;
import java.util.Dictionary;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.safeguard.core.api.SafeguardPlugin;

/**
 * Lets no bundle resolve — and so none start, and none of its code run — unless it is one of
 * the distribution's own service bundles or a Safeguard plugin that depends on the core API
 * alone: the {@code Safeguard-Plugin} header, every imported package an
 * {@code org.safeguard.core.api} package, and no activator, required bundle or dynamic import.
 * Registered as a resolver hook before any bundle is installed, it holds for every way a bundle
 * arrives: the commands' own installs and {@code serve}'s FileInstall watching {@code plugins/}.
 * A refused bundle stays installed and unresolved, and is reported once by location.
 */
public final class PluginGate implements ResolverHookFactory {
    private static final String API = "org.safeguard.core.api";

    private final List<String> trustedLocations;
    private final Consumer<String> events;
    private final java.util.Set<Long> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param trustedLocations location prefixes of the distribution's service bundles (e.g. {@code reference:file:/…/bundles/})
     * @param events           where a refusal is reported
     */
    public PluginGate(List<String> trustedLocations, Consumer<String> events) {
        this.trustedLocations = List.copyOf(trustedLocations);
        this.events = events;
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                for (Iterator<BundleRevision> it = candidates.iterator(); it.hasNext(); ) {
                    Bundle b = it.next().getBundle();
                    Optional<String> refusal = refusal(b);
                    if (refusal.isPresent()) {
                        it.remove();
                        if (reported.add(b.getBundleId())) {
                            events.accept("refused " + name(b) + ": " + refusal.get());
                        }
                    }
                }
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisionCandidates) {
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
            }

            @Override
            public void end() {
            }
        };
    }

    /** Why a bundle may not run, or empty when it may. */
    Optional<String> refusal(Bundle b) {
        if (b.getBundleId() == 0 || trustedLocations.stream().anyMatch(l -> b.getLocation().startsWith(l))) {
            return Optional.empty();
        }
        Dictionary<String, String> h = b.getHeaders();
        if (h.get(SafeguardPlugin.HEADER) == null) {
            return Optional.of("not a Safeguard plugin (no " + SafeguardPlugin.HEADER + " header)");
        }
        if (h.get(Constants.BUNDLE_ACTIVATOR) != null) {
            return Optional.of("a plugin has no activator (it registers Declarative Services components)");
        }
        if (h.get(Constants.REQUIRE_BUNDLE) != null || h.get(Constants.DYNAMICIMPORT_PACKAGE) != null) {
            return Optional.of("a plugin depends on the core API's packages alone (it requires bundles or imports dynamically)");
        }
        for (String p : packages(h.get(Constants.IMPORT_PACKAGE))) {
            if (!(p.equals(API) || p.startsWith(API + "."))) {
                return Optional.of("a plugin imports only the core API's packages, not " + p);
            }
        }
        return Optional.empty();
    }

    private static String name(Bundle b) {
        String location = b.getLocation();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The package names of an Import-Package header (attributes and directives left out; quoted commas kept). */
    static List<String> packages(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        boolean quoted = false;
        StringBuilder clause = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                for (String part : clause.toString().split(";")) {
                    String name = part.strip();
                    if (!name.isEmpty() && !name.contains("=")) {
                        out.add(name);
                    }
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return out;
    }
}
