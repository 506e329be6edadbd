-- The window index now holds every column the window filter, the count and the grid need: H2 then
-- checks event_date_end, the box and the type in the index and reads a row only to return it. With
-- 100k+ events the old index made a 1-day window read ~32 days of rows (ranges may span a month),
-- and a grid of a year read every row of that year. Same name, so plans and tests still name it.
DROP INDEX geo_event_window;
CREATE INDEX geo_event_window ON geo_event (status, event_date, event_date_end, latitude, longitude, event_type);
