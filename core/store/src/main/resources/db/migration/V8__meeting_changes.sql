-- Version 8: a meeting can be changed and cancelled. Same conventions as V1.

-- The calendar event's SEQUENCE (RFC 5545): 0 for the first request, one more on every change of
-- the meeting's time, venue or call details and on every cancellation, so a calendar replaces the
-- event it holds rather than adding another. Invitations sent before this version carried their
-- document version less one; the meeting carries on from the last of them.
ALTER TABLE meeting ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0);
UPDATE meeting SET sequence = COALESCE(
    (SELECT max(d.version) - 1 FROM meeting_document d WHERE d.meeting_id = meeting.id AND d.kind = 'INVITATION'), 0);

-- Why a meeting was cancelled, who cancelled it and when; all three null while it is not.
ALTER TABLE meeting ADD COLUMN cancelled_reason TEXT CHECK (cancelled_reason IS NULL OR length(trim(cancelled_reason)) > 0);
ALTER TABLE meeting ADD COLUMN cancelled_by TEXT;
ALTER TABLE meeting ADD COLUMN cancelled_at TEXT;
CREATE TRIGGER meeting_cancelled_with_reason BEFORE UPDATE OF status ON meeting
WHEN NEW.status = 'CANCELLED' AND (NEW.cancelled_reason IS NULL OR NEW.cancelled_by IS NULL OR NEW.cancelled_at IS NULL)
BEGIN SELECT RAISE(ABORT, 'a meeting is cancelled with a reason, by someone, at a time'); END;
CREATE TRIGGER meeting_cancellation_final BEFORE UPDATE ON meeting WHEN OLD.status = 'CANCELLED'
BEGIN SELECT RAISE(ABORT, 'a cancelled meeting is never changed'); END;

PRAGMA user_version = 8;
