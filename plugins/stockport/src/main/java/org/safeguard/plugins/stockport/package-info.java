/**
 * The Stockport LSCB sexual exploitation policy and procedure as data and a few rules: the
 * referral form, risk levels 1 to 3 (§11), the indicators of §5 and the family history factors,
 * the five-year age-gap concern (§4), the strategy-meeting criteria (§14), the Bichard questions
 * (Appendix 2), the plans a strategy meeting produces (§14 "Outcome of Strategy Meetings") and the
 * check that the minutes of a strategy meeting go out only once every case has them. Nothing here
 * is exported; everything is offered as services.
 */
@org.safeguard.core.api.SafeguardPlugin("stockport")
package org.safeguard.plugins.stockport;
