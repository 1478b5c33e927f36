-- Version 5: the append-only tables cannot be rewritten with INSERT OR REPLACE (or REPLACE).
-- REPLACE deletes the row it conflicts with without firing DELETE triggers (recursive_triggers
-- is off, and a sqlite3 shell does not turn it on), so the UPDATE and DELETE triggers of V1–V3
-- never see it. These BEFORE INSERT triggers refuse an insert that would meet an existing row on
-- any of the table's unique keys, whatever the client, before conflict resolution can run; the
-- application's own inserts never meet one. instrument_version, the record an assessment is
-- reproduced from, gets the protection the other tables have had from the start.

CREATE TRIGGER audit_never_replaced BEFORE INSERT ON audit WHEN EXISTS (SELECT 1 FROM audit WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER classification_never_replaced BEFORE INSERT ON classification WHEN EXISTS (SELECT 1 FROM classification WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a classification is never changed: record a new one'); END;
CREATE TRIGGER decision_never_replaced BEFORE INSERT ON decision WHEN EXISTS (SELECT 1 FROM decision WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a decision is never changed: record a new one'); END;
CREATE TRIGGER disclosure_never_replaced BEFORE INSERT ON disclosure WHEN EXISTS (SELECT 1 FROM disclosure WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;
CREATE TRIGGER disclosure_outcome_never_replaced BEFORE INSERT ON disclosure_outcome WHEN EXISTS (SELECT 1 FROM disclosure_outcome WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;
CREATE TRIGGER meeting_document_never_replaced BEFORE INSERT ON meeting_document WHEN EXISTS (SELECT 1 FROM meeting_document WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a document version is never changed: a change makes a new version'); END;
CREATE TRIGGER mail_message_never_replaced BEFORE INSERT ON mail_message WHEN EXISTS (SELECT 1 FROM mail_message WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a queued message is never replaced: queue a resend instead'); END;
CREATE TRIGGER assessment_never_replaced BEFORE INSERT ON assessment WHEN EXISTS (SELECT 1 FROM assessment WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'an assessment is never replaced: record a new one to supersede it'); END;
CREATE TRIGGER disclosure_mail_message_never_replaced BEFORE INSERT ON disclosure WHEN NEW.mail_message_id IS NOT NULL AND EXISTS (SELECT 1 FROM disclosure WHERE mail_message_id = NEW.mail_message_id)
BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;
CREATE TRIGGER meeting_document_key_never_replaced BEFORE INSERT ON meeting_document WHEN EXISTS (SELECT 1 FROM meeting_document WHERE meeting_id = NEW.meeting_id AND kind = NEW.kind AND version = NEW.version)
BEGIN SELECT RAISE(ABORT, 'a document version is never changed: a change makes a new version'); END;
CREATE TRIGGER mail_message_key_never_replaced BEFORE INSERT ON mail_message WHEN EXISTS (SELECT 1 FROM mail_message WHERE message_key = NEW.message_key OR message_id = NEW.message_id OR (document_kind = NEW.document_kind AND document_id = NEW.document_id AND document_version = NEW.document_version AND recipient = NEW.recipient AND resend = NEW.resend))
BEGIN SELECT RAISE(ABORT, 'a queued message is never replaced: queue a resend instead'); END;
CREATE TRIGGER instrument_version_never_replaced BEFORE INSERT ON instrument_version
WHEN EXISTS (SELECT 1 FROM instrument_version WHERE instrument_id = NEW.instrument_id AND version = NEW.version)
BEGIN SELECT RAISE(ABORT, 'an instrument version is never changed: a changed instrument is a new version'); END;
CREATE TRIGGER instrument_version_append_only_u BEFORE UPDATE ON instrument_version
BEGIN SELECT RAISE(ABORT, 'an instrument version is never changed: a changed instrument is a new version'); END;
CREATE TRIGGER instrument_version_append_only_d BEFORE DELETE ON instrument_version
BEGIN SELECT RAISE(ABORT, 'an instrument version is never deleted: assessments are reproduced from it'); END;

PRAGMA user_version = 5;
