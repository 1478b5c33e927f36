-- Version 3: meetings of the types an area definition declares, their invitees, attendance,
-- cases, generated documents, minutes and actions. Same conventions as V1.

CREATE TABLE meeting (
    id           INTEGER PRIMARY KEY,
    -- a reference that names no child, used in subjects and file names
    reference    TEXT NOT NULL UNIQUE,
    area         TEXT NOT NULL,
    meeting_type TEXT NOT NULL,
    type_name    TEXT NOT NULL,
    starts_at    TEXT NOT NULL,
    ends_at      TEXT,
    venue        TEXT,
    call_details TEXT,
    chair        TEXT,
    status       TEXT NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    minutes      TEXT NOT NULL DEFAULT 'NONE' CHECK (minutes IN ('NONE', 'RECORDED', 'ISSUED')),
    recorded     TEXT NOT NULL,
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);

CREATE TABLE meeting_invitee (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    name       TEXT NOT NULL,
    email      TEXT NOT NULL CHECK (email = lower(trim(email)) AND email LIKE '%_@_%'),
    agency     TEXT NOT NULL,
    role       TEXT,
    -- a restricted invitee (e.g. a parent invited to the open part) never receives confidential parts
    restricted INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
    UNIQUE (meeting_id, email)
);

CREATE TABLE meeting_attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    name       TEXT NOT NULL,
    agency     TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('PRESENT', 'APOLOGIES', 'ABSENT')),
    recorded   TEXT NOT NULL,
    PRIMARY KEY (meeting_id, name, agency)
);

CREATE TABLE meeting_case (
    meeting_id             INTEGER NOT NULL REFERENCES meeting(id),
    case_id                INTEGER NOT NULL REFERENCES safeguarding_case(id),
    proposed_for_discharge INTEGER NOT NULL DEFAULT 0 CHECK (proposed_for_discharge IN (0, 1)),
    PRIMARY KEY (meeting_id, case_id)
);

-- Each generated document (agenda, minutes, invitation) gets a new version whenever what it
-- says changes; mail and the disclosure log name the document and version they carried.
CREATE TABLE meeting_document (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
    kind        TEXT NOT NULL CHECK (kind IN ('AGENDA', 'MINUTES', 'INVITATION')),
    version     INTEGER NOT NULL CHECK (version >= 1),
    fingerprint TEXT NOT NULL,
    created     TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    UNIQUE (meeting_id, kind, version)
);
CREATE TRIGGER meeting_document_append_only_u BEFORE UPDATE ON meeting_document
BEGIN SELECT RAISE(ABORT, 'a document version is never changed: a change makes a new version'); END;

-- Minutes, recorded against the agenda's items ("1.2" = part 1, item 2).
CREATE TABLE minutes_entry (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id),
    item         TEXT NOT NULL,
    title        TEXT NOT NULL,
    confidential INTEGER NOT NULL CHECK (confidential IN (0, 1)),
    case_id      INTEGER REFERENCES safeguarding_case(id),
    notes        TEXT NOT NULL DEFAULT '',
    decisions    TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX minutes_by_meeting ON minutes_entry(meeting_id, id);

CREATE TABLE meeting_action (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL UNIQUE,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
    item        TEXT,
    case_id     INTEGER REFERENCES safeguarding_case(id),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    owner       TEXT NOT NULL CHECK (length(trim(owner)) > 0),
    agency      TEXT NOT NULL CHECK (length(trim(agency)) > 0),
    due         TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    closed      TEXT,
    closed_note TEXT,
    recorded    TEXT NOT NULL,
    CHECK ((status = 'OPEN') = (closed IS NULL))
);
CREATE INDEX action_open_by_due ON meeting_action(status, due);

PRAGMA user_version = 3;
