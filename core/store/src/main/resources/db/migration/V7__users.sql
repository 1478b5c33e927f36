-- Version 7: the home's users. Every command acts as one of them, identified by the login the
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

PRAGMA user_version = 7;
