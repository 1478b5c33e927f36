package org.safeguard.plugins.swindon;

import static org.safeguard.core.api.checklist.Condition.all;
import static org.safeguard.core.api.checklist.Condition.allNo;
import static org.safeguard.core.api.checklist.Condition.anyYes;
import static org.safeguard.core.api.checklist.Condition.atLeast;
import static org.safeguard.core.api.checklist.Condition.below;
import static org.safeguard.core.api.checklist.Condition.yes;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.ChecklistProvider;

/**
 * Swindon's screening ({@code swindon.screening}), built from the handbook's §9: the child's age,
 * the fourteen assessment criteria of §9.3 and abuse of a position of trust (§9.1, §9.6) route a
 * child to FCP/MASH and a strategy discussion, to the LADO, or to other support; disability (§9.4),
 * the signs seen (§5), the push and pull factors (§6) and the models (§3) are recorded with it. The handbook's
 * own "Exploitation Initial Screening Tool" is only linked (§9.3, §16), not printed, so this is
 * not that tool. Constant data; thread-safe.
 */
@Component(service = ChecklistProvider.class)
public final class SwindonChecklists implements ChecklistProvider {
    static final String SCREENING = "swindon.screening";
    /**
     * Change anything below and this must change too: every screening stores it. Version 2 records
     * the signs (§5), push and pull factors (§6) and models (§3) seen; version 1's screenings keep
     * version 1's definition.
     */
    static final String VERSION = "2";

    static final String HANDBOOK = "Swindon LSCB Tackling Child Sexual Exploitation Professional's Handbook";
    private static final String S93 = "§9.3";

    /** The §9.3 assessment criteria, in the handbook's order. */
    static final List<String> CRITERIA = List.of("young-age", "withdrawn-anxious", "maturity-understanding",
            "living-circumstances", "familial-offences", "age-imbalance", "power-imbalance", "coercion-bribery",
            "substances-given", "own-substance-misuse", "secrecy", "denies-minimises", "grooming-methods",
            "partner-known");
    static final String POSITION_OF_TRUST = "position-of-trust";
    static final String IMMEDIATE_RISK = "immediate-risk";

    /** §14.1: whether a return interview must or especially should take place, and whether a strategy discussion must. */
    static final String RETURN_INTERVIEW = "swindon.return-interview";
    /** Change anything of the return interview checklist and this must change too. */
    static final String RETURN_INTERVIEW_VERSION = "1";
    private static final String S141 = "§14.1";
    static final String FROM_CARE = "missing-from-care";
    /** §14.1: "It is especially important that an Independent Return Interview takes place when a child:", in its order. */
    static final List<String> ESPECIALLY = List.of("missing-over-24-hours", "criminal-activity", "hurt-or-harmed",
            "mental-health-learning-disability", "known-cse-risk", "contact-with-risky-persons", "other-risk-factors");
    /** The two items the handbook stars: the decision on the interview is then part of the strategy discussion, which must take place. */
    static final List<String> STARRED = List.of("hurt-or-harmed", "contact-with-risky-persons");

    private static final Checklist CHECKLIST = build();
    private static final Checklist RETURN_INTERVIEW_CHECKLIST = returnInterview();

    public SwindonChecklists() {
        // DS needs a public no-arg constructor; the checklist is constant.
    }

    private static Checklist build() {
        List<String> criteriaAndTrust = new ArrayList<>(CRITERIA);
        criteriaAndTrust.add(POSITION_OF_TRUST);
        return Checklist.builder(SCREENING, VERSION)
                .title("Swindon CSE screening")
                .source(HANDBOOK + ", §9 (with §10.1.5 and §16). The handbook's own Exploitation Initial Screening"
                        + " Tool is only linked from §9.3 and §16 and is not in the source: this screening is built"
                        + " from the handbook's text, its age bands (§9.1, §9.2, §9.5), its assessment criteria"
                        + " (§9.3) and its rule on abuse of a position of trust (§9.6).")
                .childAge("age", "Age of the child in whole years (the handbook is about children under 18)", 0, 17,
                        "§9.1")
                // §9.3, in the handbook's words and order
                .question("young-age", "The age of the child: sexual activity at a young age is a very strong indicator"
                        + " that there are risks to the welfare of the child (whether boy or girl) and, possibly, others",
                        S93)
                .question("withdrawn-anxious", "Behaviour of the child, i.e. withdrawn or anxious", S93)
                .question("maturity-understanding", "The level of maturity and understanding of the child, i.e. whether"
                        + " the child is competent to understand and consent to the sexual activity they are involved in",
                        S93)
                .question("living-circumstances", "What is known about the child's living circumstances or background"
                        + " gives cause for concern", S93)
                .question("familial-offences", "Familial child sex offences", S93)
                .question("age-imbalance", "Age imbalance, in particular where there is a significant age difference",
                        S93)
                .question("power-imbalance", "Overt aggression or power imbalance", S93)
                .question("coercion-bribery", "Coercion or bribery, including the use of sex for favours (exchanging sex"
                        + " for clothes, trainers, alcohol, cigarettes and the like), or the child having large amounts"
                        + " of money, jewellery or other valuables that cannot be accounted for", S93)
                .question("substances-given", "The misuse or giving of substances as a disinhibitor", S93)
                .question("own-substance-misuse", "The child's own misuse of substances puts them at risk of harm,"
                        + " leaving them unable to make an informed choice about any activity", S93)
                .question("secrecy", "Attempts to secure secrecy have been made by the sexual partner beyond what would"
                        + " be considered usual in a teenage relationship", S93)
                .question("denies-minimises", "The child denies or minimises the concerns", S93)
                .question("grooming-methods", "The methods used are consistent with grooming and/or an accompanying adult"
                        + " gives professional cause for concern", S93)
                .question("partner-known", "The sexual partner or partners are known by one of the agencies", S93)
                .question(POSITION_OF_TRUST, "Abuse of a position of trust (a teacher, foster carer or similar; a person"
                        + " who works with children)", "§9.1, §9.3, §9.6")
                .question(IMMEDIATE_RISK, "The child is at immediate risk", "§9.6")
                // recorded only: no rule reads it
                .question("disability", "The child has a disability or learning difficulty (more vulnerable; consider"
                        + " the same indicators)", "§9.4")
                .codes("signs", "Signs and indicators seen", HandbookCodes.signs().codeValues(), "§5")
                .codes("push-factors", "Push factors: what may push the child towards exploitation",
                        HandbookCodes.pushFactors().codeValues(), "§6")
                .codes("pull-factors", "Pull factors: the grooming techniques that may draw the child in",
                        HandbookCodes.pullFactors().codeValues(), "§6")
                .codes("models", "Models of exploitation (not pure: a child may fit several)", HandbookCodes.models().codeValues(),
                        "§3")
                .route("fcp-mash", "Referral to FCP/MASH (children's social care), with the completed screening")
                .route("strategy-discussion", "Strategy Discussion with children's social care, the Police and relevant"
                        + " agencies")
                .route("lado", "Referral to the Local Authority Designated Officer (LADO)")
                .route("police-or-csc-first", "Referral to the Police or children's social care in the first instance"
                        + " (the child is at immediate risk)")
                .route("other-support", "No referral to FCP/MASH: consider referring to sexual health outreach nurses,"
                        + " Youth Engagement workers or other relevant agencies")
                .rule("under-13", "§9.2, §9.5", below("age", 13), "fcp-mash", "strategy-discussion")
                .rule("criterion-applies", "§9.5", all(atLeast("age", 13), anyYes(CRITERIA)),
                        "fcp-mash", "strategy-discussion")
                // §9.3: "in cases where there is abuse of a Position of Trust a referral will always be made"
                .rule("position-of-trust", "§9.1, §9.3, §9.6", yes(POSITION_OF_TRUST),
                        "lado", "fcp-mash", "strategy-discussion")
                .rule("immediate-risk", "§9.6", all(yes(POSITION_OF_TRUST), yes(IMMEDIATE_RISK)), "police-or-csc-first")
                // the handbook's words for lower concern are in §10.1.5; §16 only names the screening tool
                .rule("no-criterion", "§10.1.5, §16", all(atLeast("age", 13), allNo(criteriaAndTrust)), "other-support")
                .build();
    }

    /**
     * §14.1, after a child missing has been located or has returned: an interview must always
     * take place for a child missing from care; it is especially important that an independent
     * return interview takes place when any of seven things hold; where either of the two starred
     * ones holds, the decision to request or conduct it forms part of the strategy discussion,
     * which must take place. Where nothing holds, the handbook points to the Pan Wiltshire Children
     * Missing from Home and Care Protocol. The interview is due within 72 hours of the return (the
     * area definition's deadline {@code return-interview}).
     */
    private static Checklist returnInterview() {
        List<String> all = new ArrayList<>(List.of(FROM_CARE));
        all.addAll(ESPECIALLY);
        return Checklist.builder(RETURN_INTERVIEW, RETURN_INTERVIEW_VERSION)
                .title("Swindon return interview criteria")
                .source(HANDBOOK + ", §14.1 (Return interviews)")
                .question(FROM_CARE, "The child was missing from care", S141)
                .question("missing-over-24-hours", "Has been missing for over 24 hours", S141)
                .question("criminal-activity", "Has engaged (or is believed to have engaged) in criminal activities during their"
                        + " absence", S141)
                .question("hurt-or-harmed", "Has been hurt or harmed whilst they have been missing (or this is believed to have"
                        + " been the case)", S141 + " (starred)")
                .question("mental-health-learning-disability", "Has known mental health issues or learning disabilities", S141)
                .question("known-cse-risk", "Is at known risk of sexual exploitation", S141)
                .question("contact-with-risky-persons", "Has contact with persons posing a risk to children", S141 + " (starred)")
                .question("other-risk-factors", "There are other identifiable risk factors", S141)
                .route("return-interview", "A return interview must take place (the child was missing from care) within 72"
                        + " hours of being located or returning, which the child's Social Worker, FCP or MASH makes sure of")
                .route("independent-return-interview", "An Independent Return Interview, by a person independent of the child's"
                        + " placement, within 72 hours of the child being located or returning")
                .route("strategy-discussion", "A Strategy Discussion must take place, and the decision to request or conduct"
                        + " the return interview forms part of it")
                .route("missing-protocol", "None of the handbook's criteria applies: follow the Pan Wiltshire Children Missing"
                        + " from Home and Care Protocol")
                .rule("missing-from-care", S141, yes(FROM_CARE), "return-interview")
                .rule("especially-important", S141, anyYes(ESPECIALLY), "independent-return-interview")
                .rule("starred-item", S141 + " (the starred items)", anyYes(STARRED), "strategy-discussion")
                .rule("no-criterion", S141, allNo(all), "missing-protocol")
                .build();
    }

    @Override
    public List<Checklist> checklists() {
        return List.of(CHECKLIST, RETURN_INTERVIEW_CHECKLIST);
    }
}
