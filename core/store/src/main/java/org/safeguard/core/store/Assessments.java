package org.safeguard.core.store;

import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.instrument.InstrumentResult;
import org.safeguard.core.model.Assessment;
import org.safeguard.core.model.AssessmentStatus;
import org.safeguard.core.store.internal.Json;
import org.safeguard.core.store.internal.Rows;

/**
 * Assessments. A final is complete and never edited; recording a new final of the same
 * instrument on the same case supersedes the previous one, which stays readable.
 */
public final class Assessments {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    Assessments(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /**
     * Records a result. The instrument version must already be remembered
     * ({@link InstrumentVersions#remember}), which the foreign key enforces.
     */
    public Assessment add(long caseId, long childId, InstrumentResult result, AssessmentStatus status) {
        if (status == AssessmentStatus.FINAL && !result.complete()) {
            throw new SafeguardException("an incomplete assessment cannot be final; unanswered: " + String.join(", ", result.missing()));
        }
        Long supersedes = status == AssessmentStatus.FINAL
                ? latestFinal(caseId, result.instrumentId()).map(Assessment::id).orElse(null) : null;
        long id = handle.createUpdate("""
                INSERT INTO assessment (case_id, child_id, instrument_id, instrument_version, status, complete, score, band,
                    level, factor_scores, supplementary, supersedes, assessor, recorded)
                VALUES (:case, :child, :instrument, :version, :status, :complete, :score, :band, :level, :factors, :supp,
                    :supersedes, :assessor, :recorded)""")
                .bind("case", caseId).bind("child", childId).bind("instrument", result.instrumentId())
                .bind("version", result.version()).bind("status", status.name()).bind("complete", result.complete() ? 1 : 0)
                .bind("score", result.score()).bind("band", result.band()).bind("level", result.level())
                .bind("factors", Json.write(result.factorScores())).bind("supp", Json.write(result.supplementary()))
                .bind("supersedes", supersedes).bind("assessor", audit.actor()).bind("recorded", now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        String what = "case=" + caseId + " instrument=" + result.instrumentId() + " status=" + status;
        if (status == AssessmentStatus.FINAL) {
            audit.record("add", "assessment", id, what, AuditTrail.Sealed.ASSESSMENT, id);
        } else {
            audit.record("add", "assessment", id, what);
        }
        return require(id);
    }

    public Optional<Assessment> find(long id) {
        return handle.createQuery("SELECT * FROM assessment WHERE id = ?").bind(0, id).map(Rows::assessment).findOne();
    }

    public Assessment require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no assessment with id " + id));
    }

    public Optional<Assessment> latestFinal(long caseId, String instrumentId) {
        return handle.createQuery("SELECT * FROM assessment WHERE case_id = ? AND instrument_id = ? AND status = 'FINAL' ORDER BY id DESC LIMIT 1")
                .bind(0, caseId).bind(1, instrumentId).map(Rows::assessment).findOne();
    }

    public List<Assessment> forCase(long caseId) {
        return handle.createQuery("SELECT * FROM assessment WHERE case_id = ? ORDER BY id").bind(0, caseId).map(Rows::assessment).list();
    }

    /** The ids of finals that a later final has superseded. */
    public List<Long> superseded(long caseId) {
        return handle.createQuery("SELECT supersedes FROM assessment WHERE case_id = ? AND supersedes IS NOT NULL")
                .bind(0, caseId).mapTo(Long.class).list();
    }

    /** Every assessment of these cases, in id order, in one query. */
    public List<Assessment> forCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT * FROM assessment WHERE case_id IN (<ids>) ORDER BY id").bindList("ids", List.copyOf(caseIds))
                .map(Rows::assessment).list();
    }
}
