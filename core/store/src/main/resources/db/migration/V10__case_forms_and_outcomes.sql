-- Version 10: forms recorded against a case, outcomes, and the strand of an action. Same conventions as V1.

-- A case form (an area's form recorded on a case after the referral that opened it, such as
-- London's MASE information form): each record is a version, numbered per case and form; a
-- change is a new version, never an edit. The answers are JSON, normalised by the form.
CREATE TABLE case_form (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES safeguarding_case(id),
    form_id      TEXT NOT NULL,
    form_version TEXT NOT NULL,
    number       INTEGER NOT NULL CHECK (number >= 1),
    answers      TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    recorded     TEXT NOT NULL,
    UNIQUE (case_id, form_id, number)
);
CREATE TRIGGER case_form_append_only_u BEFORE UPDATE ON case_form
BEGIN SELECT RAISE(ABORT, 'a case form is never changed: record a new version'); END;
CREATE TRIGGER case_form_append_only_d BEFORE DELETE ON case_form
BEGIN SELECT RAISE(ABORT, 'a case form is never deleted'); END;
CREATE TRIGGER case_form_never_replaced BEFORE INSERT ON case_form
WHEN EXISTS (SELECT 1 FROM case_form WHERE id = NEW.id OR (case_id = NEW.case_id AND form_id = NEW.form_id AND number = NEW.number))
BEGIN SELECT RAISE(ABORT, 'a case form is never changed: record a new version'); END;

-- An outcome code of the case's area, entered on the victim (person_id null) or on a person of
-- concern linked to the case's child, with the day it was achieved and a note. Only added.
CREATE TABLE case_outcome (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES safeguarding_case(id),
    code        TEXT NOT NULL,
    person_id   INTEGER REFERENCES person_of_concern(id),
    note        TEXT NOT NULL CHECK (length(trim(note)) > 0),
    achieved_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded    TEXT NOT NULL
);
CREATE TRIGGER case_outcome_append_only_u BEFORE UPDATE ON case_outcome
BEGIN SELECT RAISE(ABORT, 'an outcome is never changed: record a new one'); END;
CREATE TRIGGER case_outcome_append_only_d BEFORE DELETE ON case_outcome
BEGIN SELECT RAISE(ABORT, 'an outcome is never deleted'); END;
CREATE TRIGGER case_outcome_never_replaced BEFORE INSERT ON case_outcome
WHEN EXISTS (SELECT 1 FROM case_outcome WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'an outcome is never changed: record a new one'); END;
-- An action may name the strand of the area's activity plan it serves (the area definition's
-- strands, e.g. Prepare, Prevent, Protect, Pursue); null when it names none.
ALTER TABLE meeting_action ADD COLUMN strand TEXT;

CREATE INDEX case_form_by_case ON case_form(case_id, form_id, number);
CREATE INDEX case_outcome_by_case ON case_outcome(case_id);

PRAGMA user_version = 10;
