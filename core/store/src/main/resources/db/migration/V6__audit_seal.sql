-- Version 6: the audit trail is a hash chain, and each entry that records a protected record
-- (a final assessment, a classification, a decision, a disclosure and its outcomes, a
-- document version, an instrument version) carries a digest of that record as written.
-- `safeguard audit verify` recomputes both and names the first entry or record that no longer
-- matches. seal = SHA-256 of the previous entry's seal and this entry's fields (AuditTrail).
-- Entries written before this version have no seal; the chain starts after them.
ALTER TABLE audit ADD COLUMN sealed_table TEXT;
ALTER TABLE audit ADD COLUMN sealed_row INTEGER;
ALTER TABLE audit ADD COLUMN record_digest TEXT;
ALTER TABLE audit ADD COLUMN seal TEXT;

PRAGMA user_version = 6;
