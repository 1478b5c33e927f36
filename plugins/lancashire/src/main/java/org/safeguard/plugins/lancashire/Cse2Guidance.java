package org.safeguard.plugins.lancashire;

import java.util.List;
import org.safeguard.core.api.instrument.FactorOption;

/**
 * CSE 2 factor 11 (Sexual exploitation): the printed item for each level with the guidance
 * column assessors read beside it. The source's words, except three phrases changed under the
 * language rule (SOP §14); docs/areas/lancashire.md lists each change with the printed words.
 */
final class Cse2Guidance {
    static final List<FactorOption> SEXUAL_EXPLOITATION = List.of(
            new FactorOption(0, "Exited, no longer at risk or No/minimal risk.",
                    "Young person has exited sexual exploitation and is no longer at risk. Concerns regarding"
                            + " referral appear to relate to 'normal teenage behaviour'."),
            new FactorOption(1, "Low risk/ preventative work; or Reduction in risk",
                    "Early intervention through outreach work e.g. contact with PRU. Some concerns initiated"
                            + " referral e.g. young person is in a relationship with an older person, but it does not"
                            + " appear to be exploitative. Previous exploitation but now significant protective factors"
                            + " in young person's life; reduction of previous SE risk."),
            new FactorOption(2, "Medium risk",
                    "Concerns are not immediate, but some behaviour in young person's life put them at risk, e.g."
                            + " young person has exited exploitation and has new set of peers, though still goes"
                            + " missing. Some protective factors e.g. engaged in education, can assert rights in young"
                            + " person's life."),
            new FactorOption(3, "High risk (previous history) or High risk, (no previous history)",
                    "Known or suspected exploitation in the past, e.g. young person has previously accessed service."
                            + " Urgent and immediate concerns about risk. Young person's circumstances place them at"
                            + " a high risk e.g. associating with peers who are being sexually exploited, multiple"
                            + " risks e.g. missing frequently and concerns about drug taking/ alcohol use. As above,"
                            + " but no previous history of concerns."),
            new FactorOption(4, "Experiencing current exploitation: known or Suspected",
                    "Young person has disclosed current exploitation (does not have to have recognised it as this)."
                            + " Evidence of exploitation e.g. police proceedings against perpetrator. Sexual"
                            + " exploitation not confirmed, but behaviours and information given strongly suggest"
                            + " exploitation."));

    private Cse2Guidance() {
    }
}
