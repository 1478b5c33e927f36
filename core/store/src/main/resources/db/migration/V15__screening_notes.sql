-- Version 15: a note per answer of a screening (Swindon §9.3: each criterion is recorded with a
-- note), as a JSON object of question id to the note as written; '{}' for the screenings before.
-- The screening stays append-only: its triggers refuse any change once it is recorded.
ALTER TABLE screening ADD COLUMN notes TEXT NOT NULL DEFAULT '{}';
PRAGMA user_version = 15;
