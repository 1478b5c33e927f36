/**
 * The language check: labels that minimise what is happening to a child ("streetwise",
 * "choosing to …", "promiscuous"), each with the reason it is not used and a suggested wording,
 * and the matcher that finds them in free text. The core keeps the list every area shares; an
 * area plugin adds its own protocol's list with a {@link org.safeguard.core.api.language.LabelProvider}.
 * {@link org.safeguard.core.api.language.LabelChecker} finds the labels' words and their listed
 * forms, never substrings ("historical records", "the consent form" give nothing), and reports
 * each {@link org.safeguard.core.api.language.Finding} by character offsets into the text. A
 * finding is a warning: the core never blocks or changes what a person wrote because of one.
 *
 * @since 1.0
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.core.api.language;
