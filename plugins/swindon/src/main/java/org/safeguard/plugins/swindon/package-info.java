/**
 * The Swindon LSCB Tackling Child Sexual Exploitation Professional's Handbook as data: the
 * screening of §9 (age bands, the §9.3 assessment criteria and abuse of a position of trust,
 * proposing a referral to FCP/MASH, a strategy discussion, the LADO or other support), the
 * referral form, the signs and indicators of §5, the push and pull factors of §6 and the models
 * of exploitation of §3. Nothing here is exported; everything is offered as services.
 */
@org.safeguard.core.api.SafeguardPlugin("swindon")
package org.safeguard.plugins.swindon;
