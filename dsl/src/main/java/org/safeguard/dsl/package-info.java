/**
 * The area definition language: checking an area file against the live vocabulary.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.dsl;
