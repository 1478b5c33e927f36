/**
 * Documents from templates: agendas, minutes, invitations, case notes, referrals and reports,
 * as HTML, plain text or PDF. One {@link org.safeguard.core.render.Renderer} per process owns
 * the one sandboxed template engine; templates are found through
 * {@link org.safeguard.core.render.TemplateSources} (home override, then plugin, then shared)
 * and listed by {@link org.safeguard.core.render.TemplateCatalogue}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.core.render;
