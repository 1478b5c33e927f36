package org.safeguard.core.app;

import java.util.Map;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Referral;
import org.safeguard.core.model.Role;

/**
 * Referrals on an area's own form: what the form asks, recording one (which records the child
 * or uses the one named, and opens a case in the area when the child has none open — all in
 * one transaction, so a refused referral leaves nothing behind), and showing one (audited).
 * Implementations are thread-safe.
 */
public interface ReferralService {
    /**
     * An area's referral form.
     *
     * @param area the area's id
     * @param form the form its plugin provides
     */
    record Form(String area, FormDefinition form) {
    }

    /**
     * What a referral recorded.
     *
     * @param child      the child, recorded now or already known
     * @param onCase     the case the referral is on
     * @param caseOpened whether the case was opened by this referral
     * @param referral   the referral as stored
     */
    record Outcome(Child child, CaseRecord onCase, boolean caseOpened, Referral referral) {
    }

    /** A referral with its child and case. */
    record Detail(Referral referral, Child child, CaseRecord onCase) {
    }

    /** The referral form of the area named, or of the only enabled area when null. */
    @Needs(Role.PRACTITIONER)
    Form form(RequestContext ctx, String areaId);

    /**
     * Records a referral: the answers are the form's field ids to values (a String, a List of
     * Strings for several codes, a List of Maps for a group of fields); with a known child the
     * form's fields about the child default to what is recorded. The referral date defaults to
     * today and is never in the future. The case opened takes the referral date.
     *
     * @param areaId  the area, or null for the only enabled one
     * @param childId an already recorded child, or null to record the child from the form
     * @throws org.safeguard.core.api.InvalidInputException with every problem of the answers; nothing is stored
     */
    @Needs(Role.PRACTITIONER)
    Outcome refer(RequestContext ctx, String areaId, Long childId, Map<String, Object> answers);

    /** A referral with its child and case; the read is audited. */
    @Needs(Role.PRACTITIONER)
    Detail show(RequestContext ctx, long referralId);
}
