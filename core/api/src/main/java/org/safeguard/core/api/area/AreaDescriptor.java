package org.safeguard.core.api.area;

import java.util.Objects;
import java.util.Optional;

/**
 * An area as its plugin describes it. The ids name the plugin's own contributions, so the
 * core can ask "the referral form of this area" without knowing any area. Immutable.
 *
 * @param id                 the area id, e.g. {@code lancashire}
 * @param name               display name
 * @param referralFormId     the form that opens a case, or null
 * @param ethnicityCodeList  the code list for children's ethnicity, or null
 * @param warningSignsList   the warning signs recorded on referrals and assessments, or null
 * @param primaryInstrument  the risk instrument whose band is the case's headline, or null
 */
public record AreaDescriptor(String id, String name, String referralFormId, String ethnicityCodeList,
                             String warningSignsList, String primaryInstrument) {
    public AreaDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public Optional<String> referralForm() { return Optional.ofNullable(referralFormId); }
    public Optional<String> ethnicityList() { return Optional.ofNullable(ethnicityCodeList); }
    public Optional<String> warningSigns() { return Optional.ofNullable(warningSignsList); }
    public Optional<String> instrument() { return Optional.ofNullable(primaryInstrument); }
}
