package org.safeguard.core.api.casework;

import java.util.Objects;

/**
 * A flag that holds on a case, with the recorded fact it follows from — "LB: police category 2",
 * "EU: the MASE information form lists the online model". Immutable.
 *
 * @param code   the flag as people write it, e.g. {@code ES}
 * @param reason why it holds, in words a coordinator reads on the case
 */
public record Flag(String code, String reason) {
    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
