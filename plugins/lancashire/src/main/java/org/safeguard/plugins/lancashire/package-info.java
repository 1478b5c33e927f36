/**
 * The Pan-Lancashire CSE Standard Operating Protocol as data: the CSE 1 referral form, the
 * CSE 2 referral risk assessment, CSE categories, SAFEGUARD warning signs and the outcomes
 * framework. Nothing here is exported; everything is offered as services.
 */
@org.safeguard.core.api.SafeguardPlugin("lancashire")
@org.safeguard.core.api.SafeguardDemonstration
package org.safeguard.plugins.lancashire;
