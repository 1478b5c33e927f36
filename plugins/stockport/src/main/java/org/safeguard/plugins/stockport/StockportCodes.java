package org.safeguard.plugins.stockport;

import static org.safeguard.core.api.codes.Code.of;

import java.util.List;
import org.safeguard.core.api.codes.CensusEthnicity;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;

/**
 * The procedure's own lists: the risk levels of §11 and the indicators of §5 (personal,
 * behavioural and situational, the family history factors), and the ethnicity list the referral
 * asks. Constant data.
 */
final class StockportCodes {
    static final String PROCEDURE = "Stockport LSCB Sexual Exploitation Policy and Procedure";

    static final String RISK_LEVEL = "stockport.risk-level";
    static final String INDICATORS = "stockport.indicators";
    static final String ETHNICITY = "stockport.ethnicity";

    private StockportCodes() {
    }

    static List<CodeList> all() {
        return List.of(riskLevel(), indicators(), ethnicity());
    }

    /**
     * §11, the intervention diagram adapted from the SERA model: three levels a child moves
     * between in either direction ("not necessarily progressive"), so the core keeps the history.
     */
    static CodeList riskLevel() {
        return new CodeList(RISK_LEVEL, "Risk levels", PROCEDURE + ", §11 and the intervention diagram (SERA model)", List.of(
                new Code("1", "Level 1, lower risk",
                        "A smaller number of risk signals, or a reduction from level 2 or 3: sexualised risk-taking,"
                                + " beginning to truant from school, occasionally going missing, going to places of"
                                + " concern, getting into cars, signs of gifts or access to resources, early signs of"
                                + " problem drug and alcohol use", List.of("level 1", "lower", "low")),
                new Code("2", "Level 2, medium risk",
                        "Fewer indicators or signals, or a reduction from level 3: regularly going missing, sex being"
                                + " exchanged or talked about as an exchange, truanting regularly, going to known hot"
                                + " spots, involved with other vulnerable peers, experiencing violence, intimidation"
                                + " and fear, developing problem alcohol and drug use", List.of("level 2", "medium")),
                new Code("3", "Level 3, high risk",
                        "Multiple risk indicators: entrenched in one or more abusive relationships, contact with"
                                + " known perpetrators, going missing and running from home, problem alcohol and drug"
                                + " use, experience of violence, intimidation and fear", List.of("level 3", "high"))));
    }

    /**
     * §5, every indicator in one list so the referral can record those seen; the checklists of
     * {@link StockportChecklists} ask the same, group by group.
     */
    static CodeList indicators() {
        List<Code> codes = new java.util.ArrayList<>();
        Indicators.PERSONAL.forEach(i -> codes.add(of(i.id(), i.text(), "Personal indicator (§5)")));
        Indicators.BEHAVIOURAL.forEach(i -> codes.add(of(i.id(), i.text(), "Behavioural indicator (§5)")));
        Indicators.SITUATIONAL.forEach(i -> codes.add(of(i.id(), i.text(), "Situational indicator (§5)")));
        Indicators.FAMILY_HISTORY.forEach(i -> codes.add(of(i.id(), i.text(),
                "Family history factor: raises the significance of other indicators (§5)")));
        return new CodeList(INDICATORS, "Indicators of possible sexual exploitation", PROCEDURE + ", §5", codes);
    }

    /** The procedure asks no ethnicity list: the 2011 census groups the API ships. */
    static CodeList ethnicity() {
        return CensusEthnicity.england2011(ETHNICITY, PROCEDURE + " prints no ethnicity list: 2011 census ethnic groups (England)");
    }
}
