package org.safeguard.core.api.form;

/**
 * The core model's concepts a form field can be bound to. A referral form's bound fields fill
 * the child and the referral records; unbound fields are kept with the referral as the form's
 * own answers. The core never needs to know an area's field names.
 */
public enum CoreField {
    REFERRER_NAME, REFERRER_AGENCY, REFERRER_ADDRESS, REFERRER_TELEPHONE, REFERRAL_DATE,
    FAMILY_NAME, GIVEN_NAME, MIDDLE_NAMES, ALTERNATIVE_NAMES, DATE_OF_BIRTH, GENDER, ADDRESS,
    ETHNICITY, LOOKED_AFTER_STATUS, LEGAL_STATUS, SCHOOL, PARENTS_AWARE,
    BASIS_OF_CONCERN, WARNING_SIGNS, NARRATIVE, AGENCIES_INVOLVED
}
