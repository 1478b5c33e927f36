package org.safeguard.core.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.annotation.bundle.Header;

/**
 * Marks a bundle as a Safeguard area plugin and gives its id (e.g. {@code "lancashire"}).
 * Put it on the plugin's {@code package-info.java}; bnd turns it into the bundle header
 * {@code Safeguard-Plugin}, which the core reads to enable, disable and list plugins.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Header(name = SafeguardPlugin.HEADER, value = "${#value}")
public @interface SafeguardPlugin {
    /** The bundle header that carries the plugin id. */
    String HEADER = "Safeguard-Plugin";

    /** The plugin id: lower case letters, digits and hyphens; by convention the area's id. */
    String value();
}
