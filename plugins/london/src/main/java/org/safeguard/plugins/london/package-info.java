/**
 * The London CSE Operating Protocol (3rd edition, 2017) as data and a few rules: the referral
 * and MASE information forms, police categories and social care tiers, CSE models, SAFEGUARD
 * warning signs and vulnerability factors, the Appendix E flags and outcome codes, and the
 * checks before a case goes to MASE or is discharged. Nothing here is exported; everything is
 * offered as services.
 */
@org.safeguard.core.api.SafeguardPlugin("london")
package org.safeguard.plugins.london;
