-- Version 9: what was sent is kept as sent, and minutes are agreed. Same conventions as V1.

-- The copies of a document version as they went: for each audience, the text and HTML bodies,
-- the PDF, the view model they were rendered from (the data the papers showed, as JSON), the
-- children the copy concerns, and the meeting's date as printed. Re-rendering an issued
-- document reads these rows, so it gives the same bytes whatever was recorded since. One row
-- per version and audience, never changed; each is sealed by its audit entry (V6).
CREATE TABLE document_copy (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES meeting_document(id),
    audience    TEXT NOT NULL CHECK (audience IN ('FULL', 'RESTRICTED')),
    text        TEXT NOT NULL,
    html        TEXT NOT NULL,
    pdf         BLOB NOT NULL,
    view        TEXT NOT NULL,
    children    TEXT NOT NULL DEFAULT '[]',
    printed_date TEXT NOT NULL,
    created     TEXT NOT NULL,
    UNIQUE (document_id, audience)
);
CREATE TRIGGER document_copy_append_only_u BEFORE UPDATE ON document_copy
BEGIN SELECT RAISE(ABORT, 'a document as sent is never changed: a change makes a new version'); END;
CREATE TRIGGER document_copy_append_only_d BEFORE DELETE ON document_copy
BEGIN SELECT RAISE(ABORT, 'a document as sent is never deleted'); END;
CREATE TRIGGER document_copy_never_replaced BEFORE INSERT ON document_copy
WHEN EXISTS (SELECT 1 FROM document_copy WHERE id = NEW.id OR (document_id = NEW.document_id AND audience = NEW.audience))
BEGIN SELECT RAISE(ABORT, 'a document as sent is never changed: a change makes a new version'); END;

-- Minutes go draft (RECORDED) -> ISSUED (sent) -> agreed, which a later meeting of the same panel
-- records: which meeting, who recorded it and when, and the corrections it agreed (a JSON list of
-- strings). All four are null until then, and final once set; issued minutes never go back.
ALTER TABLE meeting ADD COLUMN minutes_agreed_at INTEGER REFERENCES meeting(id);
ALTER TABLE meeting ADD COLUMN minutes_agreed_by TEXT;
ALTER TABLE meeting ADD COLUMN minutes_agreed_recorded TEXT;
ALTER TABLE meeting ADD COLUMN minutes_corrections TEXT;
CREATE TRIGGER minutes_agreed_when_issued BEFORE UPDATE OF minutes_agreed_at ON meeting
WHEN NEW.minutes_agreed_at IS NOT NULL AND (NEW.minutes != 'ISSUED' OR NEW.minutes_agreed_by IS NULL
    OR NEW.minutes_agreed_recorded IS NULL OR NEW.minutes_corrections IS NULL OR NEW.minutes_agreed_at = NEW.id)
BEGIN SELECT RAISE(ABORT, 'only issued minutes are agreed, at another meeting, by someone, at a time'); END;
CREATE TRIGGER minutes_agreement_final BEFORE UPDATE OF minutes_agreed_at, minutes_agreed_by, minutes_agreed_recorded, minutes_corrections ON meeting
WHEN OLD.minutes_agreed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'agreed minutes are never changed'); END;
CREATE TRIGGER minutes_issued_final BEFORE UPDATE OF minutes ON meeting
WHEN OLD.minutes = 'ISSUED' AND NEW.minutes != 'ISSUED'
BEGIN SELECT RAISE(ABORT, 'issued minutes are never taken back: corrections are agreed at the next meeting'); END;
-- The same for their entries: nothing is re-recorded under issued minutes.
CREATE TRIGGER minutes_entry_issued_i BEFORE INSERT ON minutes_entry
WHEN (SELECT minutes FROM meeting WHERE id = NEW.meeting_id) = 'ISSUED'
BEGIN SELECT RAISE(ABORT, 'issued minutes are never changed: corrections are agreed at the next meeting'); END;
CREATE TRIGGER minutes_entry_issued_u BEFORE UPDATE ON minutes_entry
WHEN (SELECT minutes FROM meeting WHERE id = OLD.meeting_id) = 'ISSUED'
BEGIN SELECT RAISE(ABORT, 'issued minutes are never changed: corrections are agreed at the next meeting'); END;
CREATE TRIGGER minutes_entry_issued_d BEFORE DELETE ON minutes_entry
WHEN (SELECT minutes FROM meeting WHERE id = OLD.meeting_id) = 'ISSUED'
BEGIN SELECT RAISE(ABORT, 'issued minutes are never changed: corrections are agreed at the next meeting'); END;

CREATE INDEX meeting_by_type_start ON meeting(area, meeting_type, starts_at);

PRAGMA user_version = 9;
