-- Version 12: plans recorded on a case. Same conventions as V1.

-- A plan of a kind the case's area declares (Stockport's safety plan, disruption plan and exit
-- strategy, for example), with the route an exit strategy leads to (null for kinds with no
-- routes), its owner and the day it is reviewed. Each record is a version, numbered per case and
-- kind; a change is a new version, never an edit, and the latest is the plan in force.
CREATE TABLE plan (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES safeguarding_case(id),
    kind        TEXT NOT NULL CHECK (length(trim(kind)) > 0),
    number      INTEGER NOT NULL CHECK (number >= 1),
    route       TEXT,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner       TEXT,
    review_on   TEXT,
    recorded_by TEXT NOT NULL,
    recorded    TEXT NOT NULL,
    UNIQUE (case_id, kind, number)
);
CREATE TRIGGER plan_append_only_u BEFORE UPDATE ON plan
BEGIN SELECT RAISE(ABORT, 'a plan is never changed: record a new version'); END;
CREATE TRIGGER plan_append_only_d BEFORE DELETE ON plan
BEGIN SELECT RAISE(ABORT, 'a plan is never deleted'); END;
CREATE TRIGGER plan_never_replaced BEFORE INSERT ON plan
WHEN EXISTS (SELECT 1 FROM plan WHERE id = NEW.id OR (case_id = NEW.case_id AND kind = NEW.kind AND number = NEW.number))
BEGIN SELECT RAISE(ABORT, 'a plan is never changed: record a new version'); END;
CREATE INDEX plan_by_case ON plan(case_id, kind, number);

PRAGMA user_version = 12;
