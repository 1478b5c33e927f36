-- Version 11: rules and deadlines that act. Same conventions as V1.

-- Every firing of an area rule for a case, once per occurrence: an occurrence begins each time the
-- rule's condition comes to hold for the case after not holding (RED, then AMBER, then RED again is
-- a second occurrence). The uniqueness key is what keeps a repeated, concurrent or interrupted
-- sweep from firing twice: a firing and everything its actions did are one transaction.
CREATE TABLE rule_firing (
    id          INTEGER PRIMARY KEY,
    area        TEXT NOT NULL,
    rule_id     TEXT NOT NULL,
    rule_title  TEXT NOT NULL,
    case_id     INTEGER NOT NULL REFERENCES safeguarding_case(id),
    occurrence  INTEGER NOT NULL CHECK (occurrence >= 1),
    evaluated   TEXT NOT NULL,   -- the time the sweep evaluated the rule as of
    recorded    TEXT NOT NULL,
    UNIQUE (area, rule_id, case_id, occurrence)
);
CREATE TRIGGER rule_firing_append_only_u BEFORE UPDATE ON rule_firing
BEGIN SELECT RAISE(ABORT, 'a rule firing is never changed'); END;
CREATE TRIGGER rule_firing_append_only_d BEFORE DELETE ON rule_firing
BEGIN SELECT RAISE(ABORT, 'a rule firing is never deleted'); END;
CREATE TRIGGER rule_firing_never_replaced BEFORE INSERT ON rule_firing
WHEN EXISTS (SELECT 1 FROM rule_firing WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a rule firing is never replaced'); END;
CREATE INDEX rule_firing_by_case ON rule_firing(case_id, id);

-- What each action of a firing did, in the rule's order, written in the firing's transaction.
CREATE TABLE rule_firing_action (
    firing_id INTEGER NOT NULL REFERENCES rule_firing(id),
    position  INTEGER NOT NULL CHECK (position >= 1),
    action    TEXT NOT NULL,
    outcome   TEXT NOT NULL,
    PRIMARY KEY (firing_id, position)
);
CREATE TRIGGER rule_firing_action_append_only_u BEFORE UPDATE ON rule_firing_action
BEGIN SELECT RAISE(ABORT, 'what a rule did is never changed'); END;
CREATE TRIGGER rule_firing_action_append_only_d BEFORE DELETE ON rule_firing_action
BEGIN SELECT RAISE(ABORT, 'what a rule did is never deleted'); END;

-- Whether each rule's condition held for each case when last evaluated, and its latest occurrence.
CREATE TABLE rule_state (
    area       TEXT NOT NULL,
    rule_id    TEXT NOT NULL,
    case_id    INTEGER NOT NULL REFERENCES safeguarding_case(id),
    holding    INTEGER NOT NULL CHECK (holding IN (0, 1)),
    occurrence INTEGER NOT NULL CHECK (occurrence >= 0),
    changed    TEXT NOT NULL,
    PRIMARY KEY (area, rule_id, case_id)
);

-- "add case to next TYPE" when no meeting of the type is scheduled: waits here for the first one
-- scheduled later, then is done once (meeting_id set).
CREATE TABLE rule_pending_meeting (
    firing_id    INTEGER PRIMARY KEY REFERENCES rule_firing(id),
    area         TEXT NOT NULL,
    meeting_type TEXT NOT NULL,
    case_id      INTEGER NOT NULL REFERENCES safeguarding_case(id),
    meeting_id   INTEGER REFERENCES meeting(id),
    done         TEXT
);

-- A decision may name who approved it (a senior manager's documented approval, which an area may
-- require for some decisions, e.g. not referring a child under 13).
ALTER TABLE decision ADD COLUMN approved_by TEXT;

-- A case's priority (normal, high, urgent); "raise priority" only ever raises it.
ALTER TABLE safeguarding_case ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'high', 'urgent'));

-- An action need not be agreed at a meeting: a rule creates one for a case (meeting_id null, the
-- area named), carried to the next meeting's review of actions. SQLite cannot drop NOT NULL in
-- place, so the table is rebuilt with every row and its index.
CREATE TABLE meeting_action_v11 (
    id           INTEGER PRIMARY KEY,
    reference    TEXT NOT NULL UNIQUE,
    meeting_id   INTEGER REFERENCES meeting(id),
    area         TEXT,
    item         TEXT,
    case_id      INTEGER REFERENCES safeguarding_case(id),
    description  TEXT NOT NULL CHECK (length(trim(description)) > 0),
    owner        TEXT NOT NULL CHECK (length(trim(owner)) > 0),
    agency       TEXT NOT NULL CHECK (length(trim(agency)) > 0),
    due          TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    closed       TEXT,
    closed_note  TEXT,
    recorded     TEXT NOT NULL,
    confidential INTEGER NOT NULL DEFAULT 1 CHECK (confidential IN (0, 1)),
    strand       TEXT,
    CHECK ((status = 'OPEN') = (closed IS NULL)),
    CHECK (meeting_id IS NOT NULL OR area IS NOT NULL)
);
INSERT INTO meeting_action_v11 (id, reference, meeting_id, area, item, case_id, description, owner, agency, due, status, closed,
                                closed_note, recorded, confidential, strand)
SELECT id, reference, meeting_id, NULL, item, case_id, description, owner, agency, due, status, closed, closed_note, recorded,
       confidential, strand FROM meeting_action;
DROP TABLE meeting_action;
ALTER TABLE meeting_action_v11 RENAME TO meeting_action;
CREATE INDEX action_open_by_due ON meeting_action(status, due);
CREATE INDEX action_by_case ON meeting_action(case_id);

-- A sweep (and an agenda) reads the facts of many cases at once by case or child id: without
-- these each read of a few thousand cases scanned the whole table, and a sweep grew with the
-- square of the cases.
CREATE INDEX referral_by_case ON referral(case_id);
CREATE INDEX decision_by_case ON decision(case_id, id);
CREATE INDEX meeting_case_by_case ON meeting_case(case_id);
CREATE INDEX person_link_by_child ON person_child_link(child_id);
CREATE INDEX case_by_area_status ON safeguarding_case(area, status);

PRAGMA user_version = 11;
