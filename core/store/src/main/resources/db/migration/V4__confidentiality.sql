-- Version 4: every action carries the confidentiality of the agenda item that agreed it, and an
-- invitee outside the meeting's member agencies (a parent, a carer, the young person) is
-- restricted unless someone recorded why not. Same conventions as V1.

-- An action agreed in a confidential part never reaches a restricted audience, at the meeting
-- that agreed it or in any later meeting's review of actions. Actions recorded before this
-- version take their item's confidentiality from the minutes; where the minutes hold no entry
-- for the item, the action is taken as confidential (the safe side).
ALTER TABLE meeting_action ADD COLUMN confidential INTEGER NOT NULL DEFAULT 1 CHECK (confidential IN (0, 1));
UPDATE meeting_action SET confidential = COALESCE(
    (SELECT e.confidential FROM minutes_entry e
      WHERE e.meeting_id = meeting_action.meeting_id AND e.item = meeting_action.item ORDER BY e.id LIMIT 1), 1);

-- Why an invitee who is not a member of the meeting receives its confidential parts, and who
-- said so; both null for a member agency's invitee and for every restricted invitee.
ALTER TABLE meeting_invitee ADD COLUMN unrestricted_reason TEXT CHECK (unrestricted_reason IS NULL OR length(trim(unrestricted_reason)) > 0);
ALTER TABLE meeting_invitee ADD COLUMN unrestricted_by TEXT;
-- Family invitees were unrestricted unless --restricted was given, and received every part: from
-- now on they are restricted unless a reason is recorded.
UPDATE meeting_invitee SET restricted = 1 WHERE agency = 'family' AND restricted = 0;

PRAGMA user_version = 4;
