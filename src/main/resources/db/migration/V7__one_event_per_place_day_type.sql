-- Ingest merges a report into the stored event of the same place, first day and type (not rejected).
-- Asking first and inserting after let two articles ingested at the same moment (two threads, two
-- instances) each create that event. same_key makes the database hold the line: it is the identity
-- (gazetteer id or place name | YYYY-MM-DD | type) of the event such reports join, and unique; rows
-- without one (NULL) are not compared, on H2 and PostgreSQL alike.
-- The app sets it on events ingest creates and clears it when an event is rejected or its place, day
-- or type is edited; pins and imported events leave it empty, as they did not merge before either.
ALTER TABLE geo_event ADD COLUMN same_key VARCHAR(300);

-- Existing events: the first (lowest id) not rejected of each identity, the one ingest already chose.
-- Duplicates stored before this version stay as they are, without a key, for editors to sort out.
UPDATE geo_event SET same_key = COALESCE(gazetteer_id, place_name) || '|' || TO_CHAR(event_date, 'YYYY-MM-DD')
        || '|' || event_type
    WHERE id IN (SELECT MIN(id) FROM geo_event WHERE status <> 'REJECTED'
                 GROUP BY COALESCE(gazetteer_id, place_name), event_date, event_type);

CREATE UNIQUE INDEX geo_event_same_key ON geo_event (same_key);
