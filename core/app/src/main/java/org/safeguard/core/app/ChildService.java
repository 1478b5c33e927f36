package org.safeguard.core.app;

import java.time.LocalDate;
import java.util.List;
import org.safeguard.core.api.Problem;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Placement;
import org.safeguard.core.model.Role;

/**
 * Children: recording one by hand (a referral records its child itself), showing one with their
 * cases, and listing them. Both reads are audited. Coded values are checked against the lists
 * the area's referral form uses for the same concepts, so a child recorded here and one recorded
 * by a referral carry the same codes. Implementations are thread-safe.
 */
public interface ChildService {
    /**
     * What is known of a child when first recorded. Only the names are required. Coded values
     * (ethnicity, looked-after and legal status) are given as typed and stored by their list's
     * spelling. Problems name these components, e.g. {@code dateOfBirth}.
     */
    record Details(String familyName, String givenName, String middleNames, List<String> alternativeNames, LocalDate dateOfBirth,
                   String gender, String ethnicity, String address, String lookedAfterStatus, String legalStatus, String school) {
        public Details {
            alternativeNames = alternativeNames == null ? List.of() : List.copyOf(alternativeNames);
        }
    }

    /** A child and the cases they have had, in every area, oldest first. */
    record Profile(Child child, List<CaseRecord> cases, List<Placement> placements) {
        public Profile {
            cases = List.copyOf(cases);
            placements = List.copyOf(placements);
        }
    }

    /**
     * What {@link #add} would refuse, every problem at once; records nothing.
     *
     * @param areaId the child's home area, or null for the only enabled one
     */
    @Needs(Role.PRACTITIONER)
    List<Problem> check(RequestContext ctx, String areaId, Details details);

    /**
     * Records a child whose home area is the one named (or the only enabled one).
     *
     * @throws org.safeguard.core.api.InvalidInputException with every problem {@link #check} finds
     */
    @Needs(Role.PRACTITIONER)
    Child add(RequestContext ctx, String areaId, Details details);

    /** A child and their cases; the read is audited. */
    @Needs(Role.PRACTITIONER)
    Profile show(RequestContext ctx, long childId);

    /**
     * Records that a child is placed in another authority's area from a day (today when null;
     * never in the future): what a deadline "of placement" counts from, such as London's notice
     * to the host authority within 24 hours (§7).
     */
    @Needs(Role.PRACTITIONER)
    Placement place(RequestContext ctx, long childId, String hostArea, java.time.LocalDate on);

    /** Every child, by id; the listing is audited. */
    @Needs(Role.PRACTITIONER)
    List<Child> list(RequestContext ctx);
}
