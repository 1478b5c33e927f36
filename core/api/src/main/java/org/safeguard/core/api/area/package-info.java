/**
 * What an area plugin says about its area: its id and name, which of its forms, code lists
 * and instruments play which part, how it numbers its cases, its default area definition and
 * its demonstration set.
 *
 * <p>1.1: {@code AreaDescriptor.caseReferenceFormat}; {@code AreaProvider.demonstration()}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.safeguard.core.api.area;
