-- The shared core model, version 1. Times are ISO-8601 UTC text, dates ISO-8601 text,
-- lists and answer sets JSON text. Append-only tables are enforced here, by triggers,
-- so no code path can edit history.

CREATE TABLE child (
    id                  INTEGER PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE,
    family_name         TEXT,
    given_name          TEXT,
    middle_names        TEXT,
    alternative_names   TEXT NOT NULL DEFAULT '[]',
    date_of_birth       TEXT,
    gender              TEXT,
    ethnicity           TEXT,
    address             TEXT,
    looked_after_status TEXT,
    legal_status        TEXT,
    disability          TEXT,
    education_status    TEXT,
    school              TEXT,
    allocated_worker    TEXT,
    home_area           TEXT,
    host_area           TEXT,
    recorded            TEXT NOT NULL
);

CREATE TABLE safeguarding_case (
    id               INTEGER PRIMARY KEY,
    reference        TEXT NOT NULL UNIQUE,
    child_id         INTEGER NOT NULL REFERENCES child(id),
    area             TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'DISCHARGED', 'TRANSFERRED')),
    opened           TEXT NOT NULL,
    closed           TEXT,
    close_reason     TEXT,
    transferred_from INTEGER REFERENCES safeguarding_case(id),
    recorded         TEXT NOT NULL,
    CHECK ((status = 'OPEN') = (closed IS NULL))
);
-- one open case per child per area at a time
CREATE UNIQUE INDEX case_one_open_per_child_and_area ON safeguarding_case(child_id, area) WHERE status = 'OPEN';

CREATE TABLE referral (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES safeguarding_case(id),
    child_id        INTEGER NOT NULL REFERENCES child(id),
    form_id         TEXT NOT NULL,
    form_version    TEXT NOT NULL,
    referrer_name   TEXT NOT NULL,
    referrer_agency TEXT NOT NULL,
    received        TEXT NOT NULL,
    basis           TEXT NOT NULL DEFAULT '[]',
    warning_signs   TEXT NOT NULL DEFAULT '[]',
    parents_aware   INTEGER,
    narrative       TEXT,
    answers         TEXT NOT NULL,
    recorded_by     TEXT NOT NULL,
    recorded        TEXT NOT NULL
);

-- Every instrument version ever used, as it was, so any assessment can be re-scored
-- without the plugin that supplied it.
CREATE TABLE instrument_version (
    instrument_id TEXT NOT NULL,
    version       TEXT NOT NULL,
    definition    TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    first_used    TEXT NOT NULL,
    PRIMARY KEY (instrument_id, version)
);

CREATE TABLE assessment (
    id                 INTEGER PRIMARY KEY,
    case_id            INTEGER NOT NULL REFERENCES safeguarding_case(id),
    child_id           INTEGER NOT NULL REFERENCES child(id),
    instrument_id      TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('DRAFT', 'FINAL')),
    complete           INTEGER NOT NULL CHECK (complete IN (0, 1)),
    score              INTEGER,
    band               TEXT,
    level              TEXT,
    factor_scores      TEXT NOT NULL,
    supplementary      TEXT NOT NULL DEFAULT '{}',
    supersedes         INTEGER REFERENCES assessment(id),
    assessor           TEXT NOT NULL,
    recorded           TEXT NOT NULL,
    FOREIGN KEY (instrument_id, instrument_version) REFERENCES instrument_version(instrument_id, version),
    CHECK (status = 'DRAFT' OR complete = 1),
    CHECK (complete = 1 OR (score IS NULL AND band IS NULL AND level IS NULL))
);
CREATE INDEX assessment_by_case ON assessment(case_id, instrument_id, status);
CREATE TRIGGER assessment_final_never_edited BEFORE UPDATE ON assessment WHEN OLD.status = 'FINAL'
BEGIN SELECT RAISE(ABORT, 'a final assessment is never edited: record a new one to supersede it'); END;
CREATE TRIGGER assessment_final_never_deleted BEFORE DELETE ON assessment WHEN OLD.status = 'FINAL'
BEGIN SELECT RAISE(ABORT, 'a final assessment is never deleted'); END;

CREATE TABLE classification (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES safeguarding_case(id),
    scheme        TEXT NOT NULL,
    value         TEXT NOT NULL,
    previous      TEXT,
    rationale     TEXT NOT NULL,
    assessment_id INTEGER REFERENCES assessment(id),
    author        TEXT NOT NULL,
    recorded      TEXT NOT NULL
);
CREATE INDEX classification_by_case ON classification(case_id, scheme, id);
CREATE TRIGGER classification_append_only_u BEFORE UPDATE ON classification
BEGIN SELECT RAISE(ABORT, 'classification history is append-only'); END;
CREATE TRIGGER classification_append_only_d BEFORE DELETE ON classification
BEGIN SELECT RAISE(ABORT, 'classification history is append-only'); END;

CREATE TABLE missing_episode (
    id                        INTEGER PRIMARY KEY,
    child_id                  INTEGER NOT NULL REFERENCES child(id),
    started                   TEXT NOT NULL,
    returned                  TEXT,
    where_found               TEXT,
    return_interview_required INTEGER NOT NULL DEFAULT 1,
    return_interview_held     TEXT,
    recorded                  TEXT NOT NULL,
    CHECK (returned IS NULL OR returned >= started)
);
CREATE INDEX missing_by_child ON missing_episode(child_id, started);

CREATE TABLE person_of_concern (
    id                INTEGER PRIMARY KEY,
    reference         TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    aliases           TEXT NOT NULL DEFAULT '[]',
    date_of_birth     TEXT,
    gender            TEXT,
    gang_affiliation  TEXT,
    offending_history TEXT,
    recorded          TEXT NOT NULL
);

CREATE TABLE person_child_link (
    person_id    INTEGER NOT NULL REFERENCES person_of_concern(id),
    child_id     INTEGER NOT NULL REFERENCES child(id),
    relationship TEXT,
    recorded     TEXT NOT NULL,
    PRIMARY KEY (person_id, child_id)
);

CREATE TABLE location (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('VICTIM_ADDRESS', 'OFFENDER_ADDRESS', 'INCIDENT', 'HOTSPOT', 'FOUND_WHEN_MISSING', 'OTHER')),
    description TEXT NOT NULL,
    address     TEXT,
    postcode    TEXT,
    recorded    TEXT NOT NULL
);

CREATE TABLE location_link (
    location_id INTEGER NOT NULL REFERENCES location(id),
    child_id    INTEGER REFERENCES child(id),
    person_id   INTEGER REFERENCES person_of_concern(id),
    recorded    TEXT NOT NULL,
    CHECK ((child_id IS NULL) <> (person_id IS NULL))
);

CREATE TABLE decision (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER REFERENCES safeguarding_case(id),
    kind        TEXT NOT NULL,
    decision    TEXT NOT NULL,
    reasons     TEXT NOT NULL CHECK (length(trim(reasons)) > 0),
    decided_by  TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),
    decided_on  TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded    TEXT NOT NULL
);
CREATE TRIGGER decision_append_only_u BEFORE UPDATE ON decision
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER decision_append_only_d BEFORE DELETE ON decision
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;

CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    details   TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_append_only_u BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_append_only_d BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- Lets Store skip Flyway's validation on every command when the schema is current.
PRAGMA user_version = 1;
