package org.safeguard.core.api.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A problem profile: the counts a panel reports to its safeguarding board for a period, as the
 * area's protocol defines them. The core counts every measure from the recorded referrals; the
 * area says what its codes mean for them — which looked-after statuses are "in care", which
 * ethnicity codes are "white" — and what its briefing calls the report. Build one with
 * {@link #builder(String)}; immutable.
 *
 * @param id          the report's id within its area ({@code profile}): {@code report profile --area A}
 * @param title       the report's title
 * @param source      the protocol or briefing the measures come from
 * @param inCare      looked-after codes (of the referral form's looked-after field) counted as in care
 * @param white       ethnicity codes (of the referral form's ethnicity field) counted as white
 * @param notes       what the reader should know, printed under the figures
 */
public record ProblemProfile(String id, String title, String source, List<String> inCare, List<String> white, List<String> notes) {
    public ProblemProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        inCare = List.copyOf(inCare);
        white = List.copyOf(white);
        notes = List.copyOf(notes);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link ProblemProfile}; a slot added later gets a default, so no plugin breaks. */
    public static final class Builder {
        private final String id;
        private String title;
        private String source = "";
        private final List<String> inCare = new ArrayList<>();
        private final List<String> white = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** Looked-after codes counted as in care. */
        public Builder inCare(String... codes) {
            inCare.addAll(List.of(codes));
            return this;
        }

        /** Ethnicity codes counted as white. */
        public Builder white(String... codes) {
            white.addAll(List.of(codes));
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public ProblemProfile build() {
            return new ProblemProfile(id, title == null ? id : title, source, inCare, white, notes);
        }
    }
}
