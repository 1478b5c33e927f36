package org.safeguard.core.app.internal;

import java.util.List;
import java.util.Locale;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.ActionService;
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.MeetingAction;

/** {@link ActionService} over the store; an action is added the way minutes are amended, so it is checked the same way. */
final class ActionServiceImpl implements ActionService {
    private final Wiring w;

    ActionServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public List<MeetingAction> list(RequestContext ctx, boolean includeClosed) {
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("list", "action", null, "");
            return tx.actions().list().stream().filter(a -> includeClosed || a.status() == MeetingAction.Status.OPEN).toList();
        });
    }

    @Override
    public Added add(RequestContext ctx, long meetingId, String item, MeetingService.NewAction action) {
        Added added = addAction(ctx, meetingId, item, action);
        return w.language().saved(ctx, added, "action", added.action().description());
    }

    private Added addAction(RequestContext ctx, long meetingId, String item, MeetingService.NewAction action) {
        return MeetingServiceImpl.onMeeting(w, ctx, meetingId, (tx, m, area) -> {
            // a case given by its number is checked against the panel by its reference, as the minutes name it
            String typed = action.caseReference() == null ? null : action.caseReference().strip();
            MeetingService.NewAction named = typed != null && typed.matches("\\d{1,18}")
                    ? new MeetingService.NewAction(action.description(), action.owner(), action.agency(), action.due(),
                            tx.cases().find(Long.parseLong(typed)).map(c -> c.reference()).orElse(typed), action.strand())
                    : action;
            area.amendMinutes(tx, MeetingServiceImpl.held(ctx, m), frame -> MinutesCheck.action(frame, item, named));
            List<MeetingAction> recorded = tx.actions().forMeeting(meetingId);
            return new Added(m, recorded.get(recorded.size() - 1));
        });
    }

    @Override
    public MeetingAction done(RequestContext ctx, long actionId, String note) {
        MeetingAction a = close(ctx, actionId, MeetingAction.Status.DONE, Inputs.optionalText("note", note));
        return w.language().saved(ctx, a, "note", a.closedNote());
    }

    @Override
    public MeetingAction cancel(RequestContext ctx, long actionId, String reason) {
        MeetingAction a = close(ctx, actionId, MeetingAction.Status.CANCELLED, Inputs.required("reason", reason));
        return w.language().saved(ctx, a, "reason", a.closedNote());
    }

    private MeetingAction close(RequestContext ctx, long actionId, MeetingAction.Status how, String note) {
        return w.inTransaction(ctx, tx -> {
            MeetingAction a = tx.actions().require(actionId);
            if (a.status() != MeetingAction.Status.OPEN) {
                throw new RefusedException("action-must-be-open", "action " + a.reference() + " is already "
                        + a.status().name().toLowerCase(Locale.ROOT));
            }
            return tx.actions().close(actionId, how, note);
        });
    }
}
