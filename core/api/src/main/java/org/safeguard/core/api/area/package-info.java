/**
 * What an area plugin says about its area: its id and name, which of its forms, code lists
 * and instruments play which part, and its default area definition.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.core.api.area;
