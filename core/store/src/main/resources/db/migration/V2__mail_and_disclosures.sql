-- Version 2: the mail queue and the disclosure log. Same conventions as V1: times are
-- ISO-8601 UTC text; history is protected here, by triggers, so no code path can edit it.

-- The queue. One row per message to one recipient. The message is built once, when it is
-- queued, and kept as its full MIME bytes until it is sent: a retry or a resumed send puts
-- exactly the same bytes (and Message-ID) on the wire. Once sent the bytes are dropped —
-- the disclosure log names the document and version, and a second copy of confidential
-- minutes here would outlive the case's retention period.
CREATE TABLE mail_message (
    id               INTEGER PRIMARY KEY,
    -- document kind, id and version + recipient (+ resend counter): stable, unique, safe as a file name
    message_key      TEXT NOT NULL UNIQUE,
    document_kind    TEXT NOT NULL,
    document_id      INTEGER NOT NULL,
    document_version INTEGER NOT NULL CHECK (document_version >= 1),
    recipient        TEXT NOT NULL CHECK (recipient = lower(trim(recipient)) AND length(recipient) > 0),
    recipient_name   TEXT,
    resend           INTEGER NOT NULL DEFAULT 0 CHECK (resend >= 0),
    message_id       TEXT NOT NULL UNIQUE,
    subject          TEXT NOT NULL,
    mime             BLOB,
    status           TEXT NOT NULL CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- QUEUED: when the next attempt is due; SENDING: when the claim lapses and the send is
    -- presumed interrupted (a crash at the wire), so the next run resumes it
    next_attempt     TEXT NOT NULL,
    last_error       TEXT,
    created          TEXT NOT NULL,
    sent             TEXT,
    -- the same document version goes to the same recipient once, unless deliberately resent
    UNIQUE (document_kind, document_id, document_version, recipient, resend),
    CHECK ((status = 'SENT') = (sent IS NOT NULL)),
    CHECK (status = 'SENT' OR mime IS NOT NULL)
);
CREATE INDEX mail_message_due ON mail_message(status, next_attempt);
CREATE TRIGGER mail_message_identity_fixed
BEFORE UPDATE OF message_key, document_kind, document_id, document_version, recipient, resend, message_id, subject, created
ON mail_message
BEGIN SELECT RAISE(ABORT, 'a queued message keeps its identity: queue a resend instead'); END;
CREATE TRIGGER mail_message_sent_is_final BEFORE UPDATE ON mail_message WHEN OLD.status = 'SENT'
BEGIN SELECT RAISE(ABORT, 'a sent message is never changed'); END;
CREATE TRIGGER mail_message_never_deleted BEFORE DELETE ON mail_message
BEGIN SELECT RAISE(ABORT, 'a queued message is never deleted: the disclosure log points at it'); END;

-- The disclosure log (Lancashire Appendix F; Stockport Appendix 3 rule 7): one row per
-- recipient per document sent or exported. A row states a fact that never changes — which
-- document and version, which parts, to whom, on what basis, when — so it is append-only
-- like the audit trail. What happened to it afterwards (queued, then sent or failed) is a
-- sequence of events, recorded in disclosure_outcome, also append-only. Recording outcome
-- changes as fresh disclosure rows instead would break "one row per recipient per
-- document", double the counts in any report of disclosures, and copy the basis text onto
-- every retry; a separate event table keeps both the fact and its whole history.
CREATE TABLE disclosure (
    id               INTEGER PRIMARY KEY,
    document_kind    TEXT NOT NULL,
    document_id      INTEGER NOT NULL,
    document_version INTEGER NOT NULL CHECK (document_version >= 1),
    parts            TEXT NOT NULL CHECK (parts IN ('OPEN', 'OPEN_AND_CONFIDENTIAL')),
    recipient        TEXT NOT NULL CHECK (length(trim(recipient)) > 0),
    recipient_name   TEXT,
    recipient_agency TEXT NOT NULL CHECK (length(trim(recipient_agency)) > 0),
    basis            TEXT NOT NULL CHECK (length(trim(basis)) > 0),
    disclosed        TEXT NOT NULL,
    -- the message that carries it; NULL for a document exported rather than mailed
    mail_message_id  INTEGER UNIQUE REFERENCES mail_message(id),
    recorded_by      TEXT NOT NULL
);
CREATE INDEX disclosure_by_document ON disclosure(document_kind, document_id, document_version);
CREATE TRIGGER disclosure_append_only_u BEFORE UPDATE ON disclosure
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;
CREATE TRIGGER disclosure_append_only_d BEFORE DELETE ON disclosure
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;

CREATE TABLE disclosure_outcome (
    id            INTEGER PRIMARY KEY,
    disclosure_id INTEGER NOT NULL REFERENCES disclosure(id),
    outcome       TEXT NOT NULL CHECK (outcome IN ('QUEUED', 'SENT', 'FAILED')),
    at            TEXT NOT NULL,
    -- where it went ("smtp mail.example.org", "outbox") or why it failed; never message content
    detail        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX disclosure_outcome_by_disclosure ON disclosure_outcome(disclosure_id, id);
CREATE TRIGGER disclosure_outcome_append_only_u BEFORE UPDATE ON disclosure_outcome
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;
CREATE TRIGGER disclosure_outcome_append_only_d BEFORE DELETE ON disclosure_outcome
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;

-- Each disclosure with its latest outcome: what the repository reads.
CREATE VIEW disclosure_log AS
SELECT d.*, o.outcome AS outcome, o.at AS outcome_at, o.detail AS outcome_detail
FROM disclosure d
LEFT JOIN disclosure_outcome o
       ON o.id = (SELECT max(id) FROM disclosure_outcome WHERE disclosure_id = d.id);

PRAGMA user_version = 2;
