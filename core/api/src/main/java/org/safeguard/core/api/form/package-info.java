/**
 * Forms an area supplies, such as a referral form: sections of typed fields, some bound to
 * the core model's concepts ({@link org.safeguard.core.api.form.CoreField}), validated the
 * same way for every area by {@link org.safeguard.core.api.form.FormDefinition#validate}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.safeguard.core.api.form;
