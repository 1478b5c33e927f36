package org.safeguard.core.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.annotation.bundle.Header;

/**
 * Says that an area plugin ships a demonstration set ({@code AreaProvider.demonstration()}), so
 * that {@code safeguard demo} can choose it without being told when an installation ships several
 * plugins. Put it beside {@link SafeguardPlugin} on the plugin's {@code package-info.java}; bnd
 * turns it into the bundle header {@code Safeguard-Demonstration}.
 *
 * @since 1.1
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Header(name = SafeguardDemonstration.HEADER, value = "true")
public @interface SafeguardDemonstration {
    /** The bundle header that says a plugin ships a demonstration set. */
    String HEADER = "Safeguard-Demonstration";
}
