-- Ingest asks for every found event "is this already stored?" (same place, first day and type):
-- answer it from an index instead of reading every event at the place.
DROP INDEX geo_event_place;
CREATE INDEX geo_event_same_gazetteer_place ON geo_event (gazetteer_id, event_date, event_type);
CREATE INDEX geo_event_same_named_place ON geo_event (place_name, event_date, event_type);
