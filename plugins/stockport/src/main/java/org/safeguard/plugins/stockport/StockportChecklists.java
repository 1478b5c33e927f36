package org.safeguard.plugins.stockport;

import static org.safeguard.core.api.checklist.Condition.all;
import static org.safeguard.core.api.checklist.Condition.allNo;
import static org.safeguard.core.api.checklist.Condition.anyYes;
import static org.safeguard.core.api.checklist.Condition.atLeast;
import static org.safeguard.core.api.checklist.Condition.below;
import static org.safeguard.core.api.checklist.Condition.yes;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.ChecklistProvider;

/**
 * Stockport's checklists. The strategy-meeting criteria ({@code stockport.strategy-criteria},
 * §14 "Criteria for Convening a Sexual Exploitation Meeting") show which criteria are met and
 * recommend convening when any is: the procedure says the criteria are "a guide" and "it does
 * not require all the factors to be met", so one criterion answered yes is enough to recommend,
 * and the decision itself stays a person's (recorded with {@code decision add}). The indicators
 * of §5, one checklist per group, and the five-year age gap of §4 recommend discussing the
 * concern with a manager or designated safeguarding lead (§13); none of them is proof of
 * exploitation (§4). Constant data; thread-safe.
 */
@Component(service = ChecklistProvider.class)
public final class StockportChecklists implements ChecklistProvider {
    static final String STRATEGY_CRITERIA = "stockport.strategy-criteria";
    static final String PERSONAL = "stockport.personal-indicators";
    static final String BEHAVIOURAL = "stockport.behavioural-indicators";
    static final String SITUATIONAL = "stockport.situational-indicators";
    static final String FAMILY_HISTORY = "stockport.family-history";
    static final String AGE_GAP = "stockport.age-gap";
    /** Change anything below and this must change too: every screening stores it. */
    static final String VERSION = "1";

    /** §14's criteria, in the procedure's order. */
    static final List<String> CRITERIA = List.of("repeatedly-missing", "suspicious-location", "unexplained-gifts",
            "additional-vulnerability", "age-of-child");
    static final String CONVENE = "convene";
    static final String NOT_CONVENE = "do-not-convene";
    private static final String S14 = "§14";

    private static final List<Checklist> CHECKLISTS = List.of(strategyCriteria(),
            indicators(PERSONAL, "Personal indicators", Indicators.PERSONAL),
            indicators(BEHAVIOURAL, "Behavioural indicators", Indicators.BEHAVIOURAL),
            indicators(SITUATIONAL, "Situational indicators", Indicators.SITUATIONAL),
            familyHistory(), ageGap());

    public StockportChecklists() {
        // DS needs a public no-arg constructor; the checklists are constant.
    }

    static Checklist strategyCriteria() {
        return Checklist.builder(STRATEGY_CRITERIA, VERSION)
                .title("Criteria for convening a sexual exploitation strategy meeting")
                .source(StockportCodes.PROCEDURE + ", §14: the criteria are a guide; not all need be met, and the"
                        + " decision to convene is a professional judgement between the Safeguarding Children's Unit"
                        + " and the referrer")
                .question("repeatedly-missing", "Child reported repeatedly missing from home or care", S14)
                .question("suspicious-location", "Child known to be visiting a location or house which raises suspicions"
                        + " about sexual exploitation (e.g. a house where adults are known to the police for sexual"
                        + " exploitation)", S14)
                .question("unexplained-gifts", "Child has unexplained money, gifts, mobile phones etc.", S14)
                .question("additional-vulnerability", "The child may have additional vulnerability, e.g. looked after,"
                        + " mental health issues, learning difficulties, substance misuse problems", S14)
                .question("age-of-child", "The age of the child is a concern", S14)
                .route(CONVENE, "Recommend convening a sexual exploitation strategy meeting within 10 days of the"
                        + " referral; the decision and its reasons are recorded by a person")
                .route(NOT_CONVENE, "No criterion is met: convening a strategy meeting is not recommended on the"
                        + " criteria; the decision and its reasons are still recorded by a person")
                .rule("criterion-met", S14 + " \"it does not require all the factors to be met\"", anyYes(CRITERIA), CONVENE)
                .rule("no-criterion-met", S14, allNo(CRITERIA), NOT_CONVENE)
                .build();
    }

    private static Checklist indicators(String id, String title, List<Indicators.Indicator> group) {
        Checklist.Builder b = Checklist.builder(id, VERSION).title(title + " of possible sexual exploitation")
                .source(StockportCodes.PROCEDURE + ", §5: indicators are a guide within a wider assessment, never proof"
                        + " (§4)");
        List<String> ids = group.stream().map(Indicators.Indicator::id).toList();
        group.forEach(i -> b.question(i.id(), i.text(), "§5"));
        return b.route("discuss", "Discuss the concern with your manager or designated safeguarding lead, and consider a"
                        + " referral to social care (§13)")
                .route("none-seen", "None of these indicators is seen; keep them in mind in any wider assessment")
                .rule("indicator-seen", "§5, §13", anyYes(ids), "discuss")
                .rule("none-seen", "§5", allNo(ids), "none-seen")
                .build();
    }

    private static Checklist familyHistory() {
        Checklist.Builder b = Checklist.builder(FAMILY_HISTORY, VERSION).title("Family history factors")
                .source(StockportCodes.PROCEDURE + ", §5: family history factors may increase the significance of other"
                        + " indicators");
        List<String> ids = Indicators.FAMILY_HISTORY.stream().map(Indicators.Indicator::id).toList();
        Indicators.FAMILY_HISTORY.forEach(i -> b.question(i.id(), i.text(), "§5"));
        return b.route("weigh-indicators", "Give the other indicators seen more weight in the assessment")
                .rule("factor-present", "§5", anyYes(ids), "weigh-indicators")
                .build();
    }

    private static Checklist ageGap() {
        return Checklist.builder(AGE_GAP, VERSION).title("Age gap in a relationship")
                .source(StockportCodes.PROCEDURE + ", §4, quoting Barnardo's: a gap of five years or more where the child"
                        + " is under 18, though a smaller gap can be a concern depending on the nature of the"
                        + " relationship and the vulnerability of the child")
                .childAge("age", "Age of the child in whole years", 0, 17, "§4")
                .number("age-gap", "Years between the child and the other person", 0, 80, "§4")
                .question("relationship-concern", "The nature of the relationship or the child's vulnerability gives"
                        + " concern, whatever the gap", "§4")
                .route("age-gap-concern", "A concern: consider whether the relationship presented as freely chosen is"
                        + " exploitation, and discuss it with your manager or designated safeguarding lead (§4, §13)")
                .rule("five-years-or-more", "§4", all(below("age", 18), atLeast("age-gap", 5)), "age-gap-concern")
                .rule("smaller-gap-of-concern", "§4", yes("relationship-concern"), "age-gap-concern")
                .build();
    }

    @Override
    public List<Checklist> checklists() {
        return CHECKLISTS;
    }
}
