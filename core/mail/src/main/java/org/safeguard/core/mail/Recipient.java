package org.safeguard.core.mail;

import java.util.Objects;

/**
 * Who a message goes to: an address, a display name (may be {@code null}) and the agency
 * they act for, which the disclosure log records. Immutable.
 */
public record Recipient(String address, String name, String agency) {
    public Recipient {
        Objects.requireNonNull(address, "address");
    }

    public static Recipient of(String address, String name, String agency) {
        return new Recipient(address, name, agency);
    }
}
