package org.safeguard.core.api.checklist;

import java.util.Objects;

/**
 * What a checklist can propose — a referral route, a meeting to convene — by id and title.
 *
 * @param id    e.g. {@code fcp-mash}
 * @param title in the protocol's words, e.g. "Refer to the Front Door / MASH"
 */
public record Route(String id, String title) {
    public Route {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
