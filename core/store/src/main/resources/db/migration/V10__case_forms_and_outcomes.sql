-- Version 10: forms recorded against a case, outcomes, the strand of an action, checklist screenings,
-- and placements of children in another area. Same conventions as V1.

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

-- Every checklist version ever used, kept as it was (as instrument_version keeps instruments):
-- a screening is reproducible from its answers and this record, with its plugin gone.
CREATE TABLE checklist_version (
    checklist_id TEXT NOT NULL,
    version      TEXT NOT NULL,
    definition   TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    first_used   TEXT NOT NULL,
    PRIMARY KEY (checklist_id, version)
);
CREATE TRIGGER checklist_version_append_only_u BEFORE UPDATE ON checklist_version
BEGIN SELECT RAISE(ABORT, 'a checklist version is never changed: a changed checklist is a new version'); END;
CREATE TRIGGER checklist_version_append_only_d BEFORE DELETE ON checklist_version
BEGIN SELECT RAISE(ABORT, 'a checklist version is never deleted: screenings are reproduced from it'); END;
CREATE TRIGGER checklist_version_never_replaced BEFORE INSERT ON checklist_version
WHEN EXISTS (SELECT 1 FROM checklist_version WHERE checklist_id = NEW.checklist_id AND version = NEW.version)
BEGIN SELECT RAISE(ABORT, 'a checklist version is never changed: a changed checklist is a new version'); END;

-- A checklist's result recorded on a case: the answers as given (normalised), whether every rule
-- was decided, what it proposed and the rules that held (JSON). Only added.
CREATE TABLE screening (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES safeguarding_case(id),
    child_id          INTEGER NOT NULL REFERENCES child(id),
    checklist_id      TEXT NOT NULL,
    checklist_version TEXT NOT NULL,
    answers           TEXT NOT NULL,
    complete          INTEGER NOT NULL CHECK (complete IN (0, 1)),
    proposals         TEXT NOT NULL,
    rules             TEXT NOT NULL,
    assessor          TEXT NOT NULL,
    recorded          TEXT NOT NULL,
    FOREIGN KEY (checklist_id, checklist_version) REFERENCES checklist_version(checklist_id, version)
);
CREATE TRIGGER screening_append_only_u BEFORE UPDATE ON screening
BEGIN SELECT RAISE(ABORT, 'a screening is never changed: record a new one'); END;
CREATE TRIGGER screening_append_only_d BEFORE DELETE ON screening
BEGIN SELECT RAISE(ABORT, 'a screening is never deleted'); END;
CREATE TRIGGER screening_never_replaced BEFORE INSERT ON screening WHEN EXISTS (SELECT 1 FROM screening WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a screening is never changed: record a new one'); END;
CREATE INDEX screening_by_case ON screening(case_id);

-- A child placed in another authority's area (London §7: the placing authority notifies the host
-- authority within 24 hours): the host area as named, the day, who recorded it. Only added; the
-- latest is where the child is placed, and its day is what a deadline "of placement" counts from.
CREATE TABLE placement (
    id          INTEGER PRIMARY KEY,
    child_id    INTEGER NOT NULL REFERENCES child(id),
    host_area   TEXT NOT NULL CHECK (length(trim(host_area)) > 0),
    placed_on   TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded    TEXT NOT NULL
);
CREATE TRIGGER placement_append_only_u BEFORE UPDATE ON placement
BEGIN SELECT RAISE(ABORT, 'a placement is never changed: record the next one'); END;
CREATE TRIGGER placement_append_only_d BEFORE DELETE ON placement
BEGIN SELECT RAISE(ABORT, 'a placement is never deleted'); END;
CREATE TRIGGER placement_never_replaced BEFORE INSERT ON placement WHEN EXISTS (SELECT 1 FROM placement WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a placement is never changed: record the next one'); END;
CREATE INDEX placement_by_child ON placement(child_id, placed_on);

PRAGMA user_version = 10;
