package org.safeguard.core.app.internal;

import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.app.ReferenceService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.store.References;

/** {@link ReferenceService}: a number as it is, a reference by one indexed lookup. */
final class ReferenceServiceImpl implements ReferenceService {
    private final Wiring w;

    ReferenceServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public long resolve(RequestContext ctx, Kind kind, String typed) {
        String text = Inputs.required(kind.noun(), typed);
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 18) {
            return Long.parseLong(text);
        }
        if (kind == Kind.REFERRAL) {
            return referral(ctx, text);
        }
        if (kind == Kind.LOCATION || kind == Kind.EPISODE) {
            throw new NotFoundException("'" + text + "' is not a " + kind.noun() + "'s number (write the number its list prints, e.g. "
                    + kind.example() + ")");
        }
        References.Kind table = References.Kind.valueOf(kind.name());
        return w.inTransaction(ctx, tx -> tx.references().idOf(table, text)).orElseThrow(() -> new NotFoundException(
                "no " + kind.noun() + " has the id or reference '" + text + "' (write its number or its reference, e.g. "
                        + kind.example() + ")"));
    }

    /** A referral's reference is its id printed as R00001 (no column of its own), checked to name a referral. */
    private long referral(RequestContext ctx, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[Rr]0*(\\d{1,18})").matcher(text.strip());
        java.util.Optional<Long> id = m.matches() ? java.util.Optional.of(Long.parseLong(m.group(1))) : java.util.Optional.empty();
        return id.filter(x -> w.inTransaction(ctx, tx -> tx.referrals().find(x).isPresent())).orElseThrow(() -> new NotFoundException(
                "no referral has the id or reference '" + text + "' (write its number or its reference, e.g. R00001)"));
    }
}
