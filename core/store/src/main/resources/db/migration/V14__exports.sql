-- Schema 14: the exports of an area's records to a table file (CSV or XLSX). Each row is one file
-- written, and the document the disclosure log names for it (document kind 'export', this id):
-- what was exported (kind, area, format, whether children's names and dates of birth were in it),
-- how many rows, the file's name, by whom and when. Written once, never changed.
CREATE TABLE data_export (
    id          INTEGER PRIMARY KEY,
    area        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('cases', 'referrals', 'decisions', 'actions', 'persons', 'meetings')),
    format      TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
    with_names  INTEGER NOT NULL CHECK (with_names IN (0, 1)),
    rows        INTEGER NOT NULL CHECK (rows >= 0),
    file_name   TEXT NOT NULL,
    exported_by TEXT NOT NULL,
    exported    TEXT NOT NULL
);
CREATE TRIGGER data_export_append_only_u BEFORE UPDATE ON data_export
BEGIN SELECT RAISE(ABORT, 'an export is never changed'); END;
CREATE TRIGGER data_export_append_only_d BEFORE DELETE ON data_export
BEGIN SELECT RAISE(ABORT, 'an export is never deleted'); END;
CREATE TRIGGER data_export_never_replaced BEFORE INSERT ON data_export
WHEN EXISTS (SELECT 1 FROM data_export WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'an export is never replaced'); END;

-- An area's decisions and actions are read case by case of the area (decision_by_case and
-- action_by_case exist); its meetings by area.
CREATE INDEX meeting_by_area ON meeting(area, id);

PRAGMA user_version = 14;
