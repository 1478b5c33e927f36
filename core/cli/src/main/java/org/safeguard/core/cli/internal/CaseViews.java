package org.safeguard.core.cli.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.api.model.Assessment;
import org.safeguard.core.api.model.AssessmentStatus;
import org.safeguard.core.api.model.CaseRecord;
import org.safeguard.core.api.model.Child;
import org.safeguard.core.store.Tx;

/** What coordinators see of a case in a list: the child, the status, the current risk. */
record CaseViews(CaseRecord c, Child child, Optional<Assessment> current, int drafts) {

    static List<CaseViews> all(Tx tx) {
        return tx.cases().list().stream().map(c -> of(tx, c)).toList();
    }

    static CaseViews of(Tx tx, CaseRecord c) {
        List<Assessment> assessments = tx.assessments().forCase(c.id());
        Optional<Assessment> current = assessments.stream().filter(a -> a.status() == AssessmentStatus.FINAL)
                .max(Comparator.comparingLong(Assessment::id));
        int drafts = (int) assessments.stream().filter(a -> a.status() == AssessmentStatus.DRAFT).count();
        return new CaseViews(c, tx.children().require(c.childId()), current, drafts);
    }

    Map<String, Object> toJson() {
        return Output.obj("id", c.id(), "reference", c.reference(), "area", c.area(), "status", c.status().name(),
                "opened", c.opened().toString(), "closed", c.closed() == null ? null : c.closed().toString(),
                "child", child.id(), "childReference", child.reference(), "childName", child.displayName(),
                "age", child.ageOn(LocalDate.now()),
                "instrument", current.map(Assessment::instrumentId).orElse(null),
                "score", current.map(Assessment::score).orElse(null),
                "band", current.map(Assessment::band).orElse(null), "level", current.map(Assessment::level).orElse(null),
                "drafts", drafts);
    }

    String risk() {
        return current.map(a -> a.level() + " (" + a.band() + ") " + a.score()).orElse("not yet assessed");
    }
}
