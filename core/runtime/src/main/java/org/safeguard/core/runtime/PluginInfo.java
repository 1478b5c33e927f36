package org.safeguard.core.runtime;

import java.nio.file.Path;

/**
 * A plugin as the container sees it. Immutable.
 *
 * @param id      the plugin id from the bundle's {@code Safeguard-Plugin} header
 * @param name    the bundle's name
 * @param version the bundle version
 * @param jar     where the jar is
 * @param state   {@code enabled}, {@code disabled} (installed in the home but switched off), or
 *                {@code available} (shipped with the distribution, not installed in this home)
 */
public record PluginInfo(String id, String name, String version, Path jar, String state) {
}
