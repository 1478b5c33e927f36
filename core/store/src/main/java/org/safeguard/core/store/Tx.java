package org.safeguard.core.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * One open transaction: the repositories, the acting user, and the moment the transaction
 * began (used for every timestamp it writes, so a command's records agree). Not thread-safe;
 * valid only inside the callback that received it.
 */
public final class Tx {
    private final Handle handle;
    private final String actor;
    private final Instant now;
    private final AuditTrail audit;

    Tx(Handle handle, String actor, Instant now) {
        this.handle = handle;
        this.actor = actor;
        this.now = now;
        this.audit = new AuditTrail(handle, actor, now);
    }

    public String actor() { return actor; }
    public Instant now() { return now; }
    public AuditTrail audit() { return audit; }
    public Children children() { return new Children(handle, audit, now); }
    public Cases cases() { return new Cases(handle, audit, now); }
    public Referrals referrals() { return new Referrals(handle, audit, now); }
    public Assessments assessments() { return new Assessments(handle, audit, now); }
    public Classifications classifications() { return new Classifications(handle, audit, now); }
    public InstrumentVersions instrumentVersions() { return new InstrumentVersions(handle, audit, now); }
    public MissingEpisodes missingEpisodes() { return new MissingEpisodes(handle, audit, now); }
    public PersonsOfConcern personsOfConcern() { return new PersonsOfConcern(handle, audit, now); }
    public Locations locations() { return new Locations(handle, audit, now); }
    public Decisions decisions() { return new Decisions(handle, audit, now); }
    public RuleLedger ruleLedger() { return new RuleLedger(handle, audit, now); }
    public CaseForms caseForms() { return new CaseForms(handle, audit, now); }
    public CaseOutcomes caseOutcomes() { return new CaseOutcomes(handle, audit, now); }
    public Screenings screenings() { return new Screenings(handle, audit, now); }
    public Placements placements() { return new Placements(handle, audit, now); }
    public Plans plans() { return new Plans(handle, audit, now); }
    public ImportSources importSources() { return new ImportSources(handle, audit, now); }
    public ProfileQueries profileQueries() { return new ProfileQueries(handle); }
    /** The aggregates of the board's activity and panel reports; not audited here (the report is). */
    public BoardQueries boardQueries() { return new BoardQueries(handle); }
    /** An area's records a page at a time, for exports; not audited here (the export is). */
    public AreaExtracts areaExtracts() { return new AreaExtracts(handle); }
    public Exports exports() { return new Exports(handle, audit, now); }
    /** Cases as their area's plugin reads them; reading them is not audited here (the caller audits the read it serves). */
    public RecordedCases recordedCases() { return new RecordedCases(handle, this); }
    public MailQueue mailQueue() { return new MailQueue(handle, audit, now); }
    public Disclosures disclosures() { return new Disclosures(handle, audit, now); }
    public Meetings meetings() { return new Meetings(handle, audit, now); }
    public Actions actions() { return new Actions(handle, audit, now); }
    public References references() { return new References(handle); }
    public Users users() { return new Users(handle, audit, now); }
}
