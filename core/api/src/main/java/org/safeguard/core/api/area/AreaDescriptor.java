package org.safeguard.core.api.area;

import java.util.IllegalFormatException;
import java.util.Objects;
import java.util.Optional;

/**
 * An area as its plugin describes it. The ids name the plugin's own contributions, so the
 * core can ask "the referral form of this area" without knowing any area. Immutable.
 *
 * @param id                  the area id, e.g. {@code lancashire}
 * @param name                display name
 * @param referralFormId      the form that opens a case, or null
 * @param ethnicityCodeList   the code list for children's ethnicity, or null
 * @param warningSignsList    the warning signs recorded on referrals and assessments, or null
 * @param primaryInstrument   the risk instrument whose band is the case's headline, or null
 * @param caseReferenceFormat how the area numbers its cases: a {@link String#format} pattern with
 *                            one integer conversion for the case's number, e.g. {@code CSE-%05d};
 *                            {@value #DEFAULT_CASE_REFERENCE} when null
 * @since 1.1
 */
public record AreaDescriptor(String id, String name, String referralFormId, String ethnicityCodeList,
                             String warningSignsList, String primaryInstrument, String caseReferenceFormat) {
    /** The case reference pattern of an area that declares none. */
    public static final String DEFAULT_CASE_REFERENCE = "CASE-%05d";

    public AreaDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        caseReferenceFormat = caseReferenceFormat == null ? DEFAULT_CASE_REFERENCE : caseReferenceFormat;
        try {
            String one = String.format(caseReferenceFormat, 1L);
            if (one.equals(String.format(caseReferenceFormat, 2L)) || one.isBlank() || one.length() > 40) {
                throw new IllegalArgumentException("the case reference format of area " + id + " ('" + caseReferenceFormat
                        + "') must show the case number in at most 40 characters");
            }
        } catch (IllegalFormatException e) {
            throw new IllegalArgumentException("the case reference format of area " + id + " ('" + caseReferenceFormat
                    + "') is not a format with one integer conversion: " + e.getMessage(), e);
        }
    }

    /** An area numbering its cases {@value #DEFAULT_CASE_REFERENCE} (the 1.0 constructor). */
    public AreaDescriptor(String id, String name, String referralFormId, String ethnicityCodeList,
                          String warningSignsList, String primaryInstrument) {
        this(id, name, referralFormId, ethnicityCodeList, warningSignsList, primaryInstrument, null);
    }

    public Optional<String> referralForm() { return Optional.ofNullable(referralFormId); }
    public Optional<String> ethnicityList() { return Optional.ofNullable(ethnicityCodeList); }
    public Optional<String> warningSigns() { return Optional.ofNullable(warningSignsList); }
    public Optional<String> instrument() { return Optional.ofNullable(primaryInstrument); }

    /** The reference of this area's case with a number (the case's id). */
    public String caseReference(long number) {
        return String.format(caseReferenceFormat, number);
    }
}
