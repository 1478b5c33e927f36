package org.safeguard.core.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.core.reports.ActivityFigures;
import org.safeguard.core.reports.PanelFigures;
import org.safeguard.core.reports.TrackedAction;

/** The board reports as JSON: names as the coordinator's guide gives them, days as ISO dates, months as {@code 2026-03}. */
final class ReportJson {
    private ReportJson() {
    }

    static Map<String, Object> activity(ActivityFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", f.area());
        m.put("report", "activity");
        m.put("from", f.from().toString());
        m.put("to", f.to().toString());
        m.put("asAt", f.asAt().toString());
        List<Object> months = new ArrayList<>();
        for (ActivityFigures.MonthCases c : f.months()) {
            months.add(Output.obj("month", c.month().toString(), "referrals", c.referrals(), "opened", c.opened(), "closed", c.closed(),
                    "openAtEnd", c.openAtEnd()));
        }
        m.put("months", months);
        List<Object> breakdowns = new ArrayList<>();
        for (ActivityFigures.Breakdown b : f.breakdowns()) {
            List<Object> byMonth = new ArrayList<>();
            for (int i = 0; i < f.months().size(); i++) {
                byMonth.add(Output.obj("month", f.months().get(i).month().toString(), "counts", new LinkedHashMap<>(b.counts().get(i))));
            }
            breakdowns.add(Output.obj("kind", b.kind(), "id", b.id(), "title", b.title(), "values", new LinkedHashMap<>(b.values()),
                    "months", byMonth));
        }
        m.put("breakdowns", breakdowns);
        m.put("outcomes", f.outcomes());
        m.put("outcomeLabels", f.outcomeLabels());
        List<Object> overdue = new ArrayList<>();
        for (ActivityFigures.OverdueDeadline d : f.overdueDeadlines()) {
            overdue.add(Output.obj("case", d.caseReference(), "deadline", d.deadline(), "title", d.title(), "dueDate", d.dueDate().toString(),
                    "daysOverdue", d.daysOverdue()));
        }
        m.put("overdueDeadlines", overdue);
        ActivityFigures.ActionCounts c = f.actionCounts();
        m.put("actionCounts", Output.obj("tracked", c.tracked(), "doneInPeriod", c.doneInPeriod(), "cancelledInPeriod", c.cancelledInPeriod(),
                "open", c.open(), "overdue", c.overdue()));
        m.put("actions", actions(f.actions()));
        return m;
    }

    static Map<String, Object> panel(PanelFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", f.area());
        m.put("report", f.report());
        m.put("title", f.title());
        m.put("meetingType", f.meetingType());
        m.put("from", f.from().toString());
        m.put("to", f.to().toString());
        m.put("asAt", f.asAt().toString());
        m.put("narrative", f.narrative());
        List<Object> meetings = new ArrayList<>();
        f.meetings().forEach(h -> meetings.add(Output.obj("meeting", h.reference(), "held", h.held().toString(), "cases", h.cases())));
        m.put("meetings", meetings);
        m.put("casesDiscussed", f.casesDiscussed());
        m.put("newToPanel", f.newToPanel());
        m.put("discharged", f.discharged());
        List<Object> themes = new ArrayList<>();
        for (PanelFigures.ThemeCount t : f.themes()) {
            Map<String, Object> o = Output.obj("title", t.title(), "form", t.form(), "field", t.field(), "casesWithForm", t.withForm(),
                    "counts", new LinkedHashMap<>(t.counts()));
            if (t.primary() != null) {
                o.put("primary", new LinkedHashMap<>(t.primary()));
            }
            themes.add(o);
        }
        m.put("themes", themes);
        List<Object> trends = new ArrayList<>();
        f.trends().forEach(t -> trends.add(Output.obj("month", t.month().toString(), "referrals", t.referrals(), "meetingsHeld",
                t.meetingsHeld(), "casesDiscussed", t.casesDiscussed(), "outcomes", new LinkedHashMap<>(t.outcomes()))));
        m.put("trends", trends);
        List<Object> strands = new ArrayList<>();
        f.byStrand().forEach(s -> strands.add(Output.obj("strand", s.strand().isEmpty() ? null : s.strand(), "agreed", s.agreed(),
                "done", s.done(), "open", s.open(), "overdue", s.overdue())));
        m.put("strands", strands);
        m.put("activity", actions(f.activity()));
        m.put("planned", actions(f.planned()));
        return m;
    }

    private static List<Object> actions(List<TrackedAction> actions) {
        List<Object> out = new ArrayList<>();
        for (TrackedAction a : actions) {
            out.add(Output.obj("action", a.reference(), "case", a.caseReference(), "meeting", a.meetingReference(), "strand", a.strand(),
                    "description", a.description(), "confidential", a.description() == null, "owner", a.owner(), "agency", a.agency(),
                    "agreed", a.agreed().toString(), "due", a.due().toString(), "state", a.state(),
                    "closedOn", a.closedOn() == null ? null : a.closedOn().toString()));
        }
        return out;
    }
}
