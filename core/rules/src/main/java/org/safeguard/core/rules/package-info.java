/**
 * Area rules that act: {@link org.safeguard.core.rules.RuleSweep} evaluates every rule of an
 * area for each open case as of a time, fires each rule once per occurrence (the database's
 * ledger keeps it so), and does the rule's actions in the firing's transaction. The application
 * layer's rule service is its only caller; front ends reach it through that service.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.core.rules;
