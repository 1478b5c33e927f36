/**
 * The toolkit's base types: its exceptions, the problems it reports about input, and the
 * annotation that names an area plugin. Everything a plugin may import lives under
 * {@code org.safeguard.core.api}; nothing else of the core is visible to plugins.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.safeguard.core.api;
