-- Version 7: the home's users, and the children each disclosure concerned.
--
-- The users. Every command acts as one of them, identified by the login the
-- operating system (or, later, a web console's sign-in) vouches for, with one role that decides
-- what it may do. A user is never removed or renamed: a disabled one keeps their row, so every
-- audit entry and disclosure they made still names a user the home knew. Changes are audited.
CREATE TABLE app_user (
    id          INTEGER PRIMARY KEY,
    login       TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('ADMINISTRATOR', 'COORDINATOR', 'PRACTITIONER', 'AUDITOR')),
    added       TEXT NOT NULL,
    added_by    TEXT NOT NULL,
    disabled    TEXT,
    disabled_by TEXT,
    CHECK ((disabled IS NULL) = (disabled_by IS NULL))
);

CREATE TRIGGER app_user_never_removed BEFORE DELETE ON app_user
BEGIN SELECT RAISE(ABORT, 'a user is never removed: disable them'); END;
CREATE TRIGGER app_user_login_kept BEFORE UPDATE OF login, added, added_by ON app_user
BEGIN SELECT RAISE(ABORT, 'a user''s login is never changed: add a new user'); END;
CREATE TRIGGER app_user_never_replaced BEFORE INSERT ON app_user WHEN EXISTS (SELECT 1 FROM app_user WHERE id = NEW.id OR login = NEW.login)
BEGIN SELECT RAISE(ABORT, 'a user is never replaced: disable them and add again'); END;

-- Which children each disclosure concerned: what a subject access request or a review asks
-- ("where did this child's details go?"). Written with the disclosure, never changed. A full copy
-- of an agenda or minutes concerns every child whose case it shows; an open part and an
-- invitation concern none. Disclosures made before this version are filled in from the panel of
-- the meeting whose document they carried, as it stands at the upgrade (the closest record there is).
CREATE TABLE disclosure_child (
    disclosure_id INTEGER NOT NULL REFERENCES disclosure(id),
    child_id      INTEGER NOT NULL REFERENCES child(id),
    PRIMARY KEY (disclosure_id, child_id)
);
CREATE INDEX disclosure_child_by_child ON disclosure_child (child_id, disclosure_id);

INSERT INTO disclosure_child (disclosure_id, child_id)
SELECT DISTINCT d.id, c.child_id
FROM disclosure d
JOIN meeting_document md ON md.id = d.document_id AND lower(md.kind) = d.document_kind AND md.kind IN ('AGENDA', 'MINUTES')
JOIN meeting_case mc ON mc.meeting_id = md.meeting_id
JOIN safeguarding_case c ON c.id = mc.case_id
WHERE d.parts = 'OPEN_AND_CONFIDENTIAL';

CREATE TRIGGER disclosure_child_append_only_u BEFORE UPDATE ON disclosure_child
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;
CREATE TRIGGER disclosure_child_append_only_d BEFORE DELETE ON disclosure_child
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;
CREATE TRIGGER disclosure_child_never_replaced BEFORE INSERT ON disclosure_child
WHEN EXISTS (SELECT 1 FROM disclosure_child WHERE disclosure_id = NEW.disclosure_id AND child_id = NEW.child_id)
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;

PRAGMA user_version = 7;
