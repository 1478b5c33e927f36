package org.safeguard.core.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Referral;
import org.safeguard.core.model.ReferralFacts;
import org.safeguard.core.model.Role;

/**
 * Referrals on an area's own form: what the form asks, recording one (which records the child
 * or uses the one named, and opens a case in the area when the child has none open — all in
 * one transaction, so a refused referral leaves nothing behind), showing one (audited), reading
 * it back as its form labels it, rendering it, and listing referrals.
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

    /**
     * Records what became of a referral and what it found, as a problem profile counts them (see
     * {@link ReferralFacts}): facts given replace those recorded, null ones leave them as they were.
     *
     * @throws org.safeguard.core.api.InvalidInputException naming each fact that is not one of its values
     * @throws org.safeguard.core.api.NotFoundException     when there is no such referral
     */
    @Needs(Role.PRACTITIONER)
    Referral recordFacts(RequestContext ctx, long referralId, ReferralFacts facts);

    /** A referral with its child and case; the read is audited. */
    @Needs(Role.PRACTITIONER)
    Detail show(RequestContext ctx, long referralId);

    /**
     * One answer as the referral's form labels it.
     *
     * @param field  the field's id; an entry of a repeated group is {@code group[1].field}
     * @param label  the form's wording; an entry of a repeated group is "Group 1: Field"
     * @param values the answer as shown (a code as its code list's label, yes or no as "Yes"/"No");
     *               empty when not answered, one per choice for several codes
     */
    record Answer(String field, String label, List<String> values) {
        public Answer {
            values = List.copyOf(values);
        }
    }

    /** A section of the form with its answers, in the form's order. */
    record Section(String title, List<Answer> answers) {
        public Section {
            answers = List.copyOf(answers);
        }
    }

    /**
     * A referral read back on its own form: every answer it holds, labelled with the form's own
     * labels in the form's order (answers the form no longer asks for come last, under their ids).
     *
     * @param reference  the printed reference, R00001
     * @param formTitle  the form's title, or its id when the form is no longer available
     * @param formSource where the form comes from, or null
     */
    record Reading(Referral referral, String reference, Child child, CaseRecord onCase, String formTitle, String formSource,
                   List<Section> sections) {
        public Reading {
            sections = List.copyOf(sections);
        }
    }

    /** A line of the list of referrals. */
    record Listed(long id, String reference, String caseReference, String childReference, LocalDate received, String formId,
                  String recordedBy) {
    }

    /**
     * A referral read back with every answer labelled as its form labels it; the read is
     * audited ("read referral").
     *
     * @throws org.safeguard.core.api.NotFoundException when there is no such referral
     */
    @Needs(Role.PRACTITIONER)
    Reading read(RequestContext ctx, long referralId);

    /**
     * A referral rendered from the shared {@code referral} template (an area's override wins)
     * as text, HTML or PDF; the read is audited ("read referral").
     *
     * @throws org.safeguard.core.api.NotFoundException when there is no such referral
     */
    @Needs(Role.PRACTITIONER)
    CirculationService.Rendering render(RequestContext ctx, long referralId, CirculationService.Format format);

    /**
     * The referrals, oldest first (newest last), of one child or of all; the listing is audited.
     *
     * @param childId a child, or null for every referral
     */
    @Needs(Role.PRACTITIONER)
    List<Listed> list(RequestContext ctx, Long childId);
}
