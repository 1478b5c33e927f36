/**
 * What an area plugin says about its area: its id and name, which of its forms, code lists
 * and instruments play which part, how it numbers its cases, the schemes its cases are
 * classified by, the forms recorded on a case, its outcome codes, its default area definition
 * and its demonstration set.
 *
 * <p>1.1: {@code AreaDescriptor.caseReferenceFormat}; {@code AreaProvider.demonstration()}.
 * <p>2.0: {@code AreaDescriptor} is built with {@link org.safeguard.core.api.area.AreaDescriptor#builder}
 * (its constructors are gone), so later slots break no plugin; {@code ClassificationScheme},
 * {@code OutcomeCode}, case forms.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.safeguard.core.api.area;
