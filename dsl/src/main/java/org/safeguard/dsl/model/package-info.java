/**
 * The checked form of an area definition: an immutable tree of records, each node keeping the
 * {@link org.safeguard.dsl.model.Span} of the text it came from.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.dsl.model;
