package org.safeguard.core.api.form;

import java.util.List;
import java.util.Objects;

/** A titled part of a form, in the printed form's order. Immutable. */
public record FormSection(String title, List<FieldDefinition> fields) {
    public FormSection {
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
    }

    /**
     * The referrer's section a referral form needs when its protocol prints no form of its own
     * (London's, Swindon's): name, agency and date of referral required, a telephone number
     * optional, each bound to its core field. Field ids {@code referrerName},
     * {@code referrerAgency}, {@code referrerTelephone}, {@code referralDate}.
     *
     * @since 1.1
     */
    public static FormSection referrer() {
        return of("Referrer",
                FieldDefinition.text("referrerName", "Name", true, CoreField.REFERRER_NAME),
                FieldDefinition.text("referrerAgency", "Agency", true, CoreField.REFERRER_AGENCY),
                FieldDefinition.text("referrerTelephone", "Telephone", false, CoreField.REFERRER_TELEPHONE),
                FieldDefinition.date("referralDate", "Date of referral", true, CoreField.REFERRAL_DATE));
    }

    public static FormSection of(String title, FieldDefinition... fields) {
        return new FormSection(title, List.of(fields));
    }
}
