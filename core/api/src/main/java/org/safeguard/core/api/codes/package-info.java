/**
 * Code lists an area supplies: ethnicity codes, warning signs, categories, outcomes and the
 * like. A list is data; a plugin offers its lists through a
 * {@link org.safeguard.core.api.codes.CodeListProvider} service.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.safeguard.core.api.codes;
