/**
 * Document templates a plugin ships: an area's overrides of the shared agenda, minutes,
 * case-notes and other templates. A plugin offers them through a
 * {@link org.safeguard.core.api.template.TemplateProvider} service; the core renders them,
 * so a plugin never sees the template engine.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.safeguard.core.api.template;
