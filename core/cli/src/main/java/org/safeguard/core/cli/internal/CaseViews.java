package org.safeguard.core.cli.internal;

import java.time.LocalDate;
import java.util.Map;
import org.safeguard.core.app.CaseService;
import org.safeguard.core.model.Assessment;

/** How a case summary prints as JSON in {@code cases list} and {@code case show}. */
final class CaseViews {
    private CaseViews() {
    }

    static Map<String, Object> toJson(CaseService.Summary s, LocalDate today) {
        var c = s.onCase();
        var child = s.child();
        var current = s.current();
        return Output.obj("id", c.id(), "reference", c.reference(), "area", c.area(), "status", c.status().name(),
                "priority", c.priority(), "opened", c.opened().toString(), "closed", c.closed() == null ? null : c.closed().toString(),
                "child", child.id(), "childReference", child.reference(), "childName", child.displayName(),
                "age", child.ageOn(today),
                "instrument", current.map(Assessment::instrumentId).orElse(null),
                "score", current.map(Assessment::score).orElse(null),
                "band", current.map(Assessment::band).orElse(null), "level", current.map(Assessment::level).orElse(null),
                "drafts", s.drafts());
    }
}
