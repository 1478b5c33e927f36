package org.safeguard.core.api.language;

import java.util.List;

/**
 * Offers an area's list of labels, from its own protocol (Swindon's handbook §8, Lancashire's
 * SOP §14). Registered by an area plugin as a Declarative Services component; the core checks
 * free text against the list every area shares and the lists of the home's enabled plugins.
 * The labels are constant data, so implementations are stateless and thread-safe.
 */
public interface LabelProvider {
    /** The labels, in the order the protocol lists them. */
    List<Label> labels();
}
