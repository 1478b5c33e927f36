package org.safeguard.core.api.area;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An area as its plugin describes it. The ids name the plugin's own contributions (forms,
 * code lists, instruments), so the core can ask "the referral form of this area" or "the
 * classification schemes of this area" without knowing any area. Immutable and thread-safe;
 * build one with {@link #builder(String, String)}, so a slot added later breaks no plugin.
 *
 * <p>Invariants checked when built: the case reference format shows the case number; scheme,
 * case form and outcome code ids are unique within the area.
 *
 * @since 1.2
 */
public final class AreaDescriptor {
    /** The case reference pattern of an area that declares none. */
    public static final String DEFAULT_CASE_REFERENCE = "CASE-%05d";

    private final String id;
    private final String name;
    private final String referralFormId;
    private final String ethnicityCodeList;
    private final String warningSignsList;
    private final String primaryInstrument;
    private final String caseReferenceFormat;
    private final List<ClassificationScheme> schemes;
    private final List<String> caseForms;
    private final List<OutcomeCode> outcomes;

    private AreaDescriptor(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.referralFormId = b.referralForm;
        this.ethnicityCodeList = b.ethnicity;
        this.warningSignsList = b.warningSigns;
        this.primaryInstrument = b.instrument;
        this.caseReferenceFormat = b.caseReference == null ? DEFAULT_CASE_REFERENCE : b.caseReference;
        this.schemes = List.copyOf(b.schemes);
        this.caseForms = List.copyOf(b.caseForms);
        this.outcomes = List.copyOf(b.outcomes);
        checkReferenceFormat(id, caseReferenceFormat);
        unique("classification scheme", schemes.stream().map(ClassificationScheme::id).toList());
        unique("case form", caseForms);
        unique("outcome code", outcomes.stream().map(OutcomeCode::code).toList());
    }

    /**
     * Starts an area's description.
     *
     * @param id   the area id, e.g. {@code lancashire}: lower case, the name of its default definition file
     * @param name the display name, e.g. "Pan-Lancashire"
     */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    public String id() { return id; }
    public String name() { return name; }
    /** The form that opens a case. */
    public Optional<String> referralForm() { return Optional.ofNullable(referralFormId); }
    /** The code list for children's ethnicity. */
    public Optional<String> ethnicityList() { return Optional.ofNullable(ethnicityCodeList); }
    /** The warning signs recorded on referrals and assessments. */
    public Optional<String> warningSigns() { return Optional.ofNullable(warningSignsList); }
    /** The risk instrument whose band is the case's headline. */
    public Optional<String> instrument() { return Optional.ofNullable(primaryInstrument); }
    /** The schemes a case of this area is classified by, in the order the plugin declared them. */
    public List<ClassificationScheme> schemes() { return schemes; }
    /** The forms recorded against a case of this area after it is opened (form ids), in declared order. */
    public List<String> caseForms() { return caseForms; }
    /** The outcome codes recorded on a case of this area, on its victim or on a person of concern. */
    public List<OutcomeCode> outcomes() { return outcomes; }

    public Optional<ClassificationScheme> scheme(String schemeId) {
        return schemes.stream().filter(s -> s.id().equals(schemeId)).findFirst();
    }

    public Optional<OutcomeCode> outcome(String code) {
        return outcomes.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** The reference of this area's case with a number (the case's id). */
    public String caseReference(long number) {
        return String.format(caseReferenceFormat, number);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AreaDescriptor a && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "area " + id + " (" + name + ")";
    }

    private static void checkReferenceFormat(String id, String format) {
        try {
            String one = String.format(format, 1L);
            if (one.equals(String.format(format, 2L)) || one.isBlank() || one.length() > 40) {
                throw new IllegalArgumentException("the case reference format of area " + id + " ('" + format
                        + "') must show the case number in at most 40 characters");
            }
        } catch (IllegalFormatException e) {
            throw new IllegalArgumentException("the case reference format of area " + id + " ('" + format
                    + "') is not a format with one integer conversion: " + e.getMessage(), e);
        }
    }

    private static void unique(String what, List<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        for (String s : ids) {
            if (!seen.add(s)) {
                throw new IllegalArgumentException("duplicate " + what + " '" + s + "'");
            }
        }
    }

    /** Collects an area's description; {@link #build} checks it. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String referralForm;
        private String ethnicity;
        private String warningSigns;
        private String instrument;
        private String caseReference;
        private final List<ClassificationScheme> schemes = new ArrayList<>();
        private final List<String> caseForms = new ArrayList<>();
        private final List<OutcomeCode> outcomes = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
        }

        /** The form that opens a case (a form id of the plugin's {@code FormProvider}). */
        public Builder referralForm(String formId) {
            this.referralForm = formId;
            return this;
        }

        public Builder ethnicityList(String codeListId) {
            this.ethnicity = codeListId;
            return this;
        }

        public Builder warningSigns(String codeListId) {
            this.warningSigns = codeListId;
            return this;
        }

        /** The risk instrument whose band is the case's headline. */
        public Builder instrument(String instrumentId) {
            this.instrument = instrumentId;
            return this;
        }

        /**
         * How the area numbers its cases: a {@link String#format} pattern with one integer
         * conversion for the case's number, e.g. {@code CSE-%05d}; {@value #DEFAULT_CASE_REFERENCE} when not set.
         */
        public Builder caseReferences(String format) {
            this.caseReference = format;
            return this;
        }

        public Builder scheme(ClassificationScheme scheme) {
            schemes.add(Objects.requireNonNull(scheme, "scheme"));
            return this;
        }

        /** A form recorded against a case after it is opened, kept as versions (a form id of the plugin's {@code FormProvider}). */
        public Builder caseForm(String formId) {
            caseForms.add(Objects.requireNonNull(formId, "formId"));
            return this;
        }

        public Builder outcome(OutcomeCode code) {
            outcomes.add(Objects.requireNonNull(code, "code"));
            return this;
        }

        public AreaDescriptor build() {
            return new AreaDescriptor(this);
        }
    }
}
