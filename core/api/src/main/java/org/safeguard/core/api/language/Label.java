package org.safeguard.core.api.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a list of labels: the phrase as the protocol lists it, the forms of it that are
 * found in a text, why it is not used and what to write instead. Immutable.
 *
 * <p>A form is one or more words separated by spaces; a word may give alternatives separated by
 * {@code |}. {@code "prostituting|prostituted herself|himself"} finds "prostituting herself",
 * "Prostituted himself" and the rest; {@code "street wise"} also finds "street-wise", and "street"
 * and "wise" either side of a line break. Words are matched whole and without regard to case, so every
 * inflection that should be found is listed: "boyfriend|boyfriends" (a possessive "'s" is found
 * with the word it follows). A word is letters and digits, with an apostrophe inside it.
 *
 * <pre>{@code
 * Label.of("street wise")
 *      .forms("street wise", "streetwise")
 *      .reason("it implies the child understands the dangers they face and can protect themselves")
 *      .suggestion("describe the risks the child is exposed to and cannot control")
 *      .source("Swindon handbook §8 d");
 * }</pre>
 *
 * @param phrase     the label as the list writes it, e.g. {@code street wise}
 * @param forms      what is found in a text; at least one
 * @param reason     why the label is not used, in words a practitioner reads
 * @param suggestion what to write instead
 * @param source     where the list says so, e.g. {@code Lancashire SOP §14}
 */
public record Label(String phrase, List<String> forms, String reason, String suggestion, String source) {
    public Label {
        Objects.requireNonNull(phrase, "phrase");
        forms = List.copyOf(forms);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(source, "source");
        if (phrase.isBlank() || forms.isEmpty() || reason.isBlank() || suggestion.isBlank()) {
            throw new IllegalArgumentException("a label needs a phrase, a form, a reason and a suggestion: " + phrase);
        }
        for (String f : forms) {
            LabelChecker.words(f);
        }
    }

    /** The start of a label: its phrase, which is also its first form. */
    public static Builder of(String phrase) {
        return new Builder(phrase);
    }

    /** Builds a {@link Label}; the phrase is a form unless {@link #forms} names others. Not thread-safe. */
    public static final class Builder {
        private final String phrase;
        private final List<String> forms = new ArrayList<>();
        private String reason;
        private String suggestion;

        private Builder(String phrase) {
            this.phrase = phrase;
        }

        /** The forms found in a text (replacing the phrase as the only form). */
        public Builder forms(String... forms) {
            this.forms.addAll(List.of(forms));
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder suggestion(String suggestion) {
            this.suggestion = suggestion;
            return this;
        }

        /** The label, with where the list says so. */
        public Label source(String source) {
            return new Label(phrase, forms.isEmpty() ? List.of(phrase) : forms, reason, suggestion, source);
        }
    }
}
