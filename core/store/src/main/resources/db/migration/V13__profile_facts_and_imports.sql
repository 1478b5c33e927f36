-- Schema 13: the facts a problem profile counts, and the rows imported from earlier trackers.

-- What became of a referral and what it found, as the profile counts them (all optional: a
-- referral recorded before they were known has none). The social care outcome is the Children
-- Act 1989 route taken: none, section 17 (child in need), 47 (enquiry), 20 (accommodation) or
-- 31 (care order). missing_before is how many times the child had been missing before the
-- referral when the tracker it came from counted them; without it the child's recorded
-- missing episodes that started before the referral are counted.
ALTER TABLE referral ADD COLUMN social_care_outcome TEXT CHECK (social_care_outcome IN ('none', 's17', 's47', 's20', 's31'));
ALTER TABLE referral ADD COLUMN camhs_contact INTEGER CHECK (camhs_contact IN (0, 1));
ALTER TABLE referral ADD COLUMN missing_before INTEGER CHECK (missing_before >= 0);
ALTER TABLE referral ADD COLUMN initial_contact TEXT CHECK (initial_contact IN
    ('online', 'on-street', 'third-party', 'relationship', 'position-of-trust', 'other'));
CREATE INDEX referral_by_received ON referral(received, case_id);

-- A person of concern's ethnicity (a code of the area's ethnicity list), and when and in which
-- area they were referred to the panel as an offender or suspect (an offender referral).
ALTER TABLE person_of_concern ADD COLUMN ethnicity TEXT;
ALTER TABLE person_of_concern ADD COLUMN referred TEXT;
ALTER TABLE person_of_concern ADD COLUMN area TEXT;
CREATE INDEX person_by_area_referred ON person_of_concern(area, referred);

-- Every row imported from a tracker, by the id it had there: a second import of the same row
-- finds it here and changes nothing. fingerprint is a hash of the row's cells as imported, so
-- a row changed in the tracker since is told apart from one unchanged.
CREATE TABLE import_source (
    area        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('referral', 'person', 'missing', 'child')),
    source_id   TEXT NOT NULL CHECK (length(trim(source_id)) > 0),
    record_id   INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    imported    TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    PRIMARY KEY (area, kind, source_id)
);
CREATE TRIGGER import_source_never_changed BEFORE UPDATE ON import_source
BEGIN SELECT RAISE(ABORT, 'an imported row keeps the record it was imported as'); END;

PRAGMA user_version = 13;
