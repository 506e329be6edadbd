-- Why each machine pin exists (PinEvidence): the reporting words, how the place was read, the date
-- words. Null for sources written before this version and for editors' own pins.
ALTER TABLE event_source ADD COLUMN pin_trigger VARCHAR(200);
ALTER TABLE event_source ADD COLUMN pin_rule VARCHAR(16);
ALTER TABLE event_source ADD COLUMN pin_place VARCHAR(200);
ALTER TABLE event_source ADD COLUMN pin_date VARCHAR(200);
ALTER TABLE deleted_event_source ADD COLUMN pin_trigger VARCHAR(200);
ALTER TABLE deleted_event_source ADD COLUMN pin_rule VARCHAR(16);
ALTER TABLE deleted_event_source ADD COLUMN pin_place VARCHAR(200);
ALTER TABLE deleted_event_source ADD COLUMN pin_date VARCHAR(200);
