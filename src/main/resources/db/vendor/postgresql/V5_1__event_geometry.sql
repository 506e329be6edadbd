-- PostgreSQL only: each event's point as a PostGIS geometry, kept by the database itself (a stored
-- generated column, so no writer can forget it), with a GiST index that answers the window query's
-- bounding box (geom && ST_MakeEnvelope(...)) without scanning the dates first. H2 filters the box
-- from latitude/longitude in geo_event_window instead.
ALTER TABLE geo_event ADD COLUMN geom geometry(Point, 4326)
    GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)) STORED;
CREATE INDEX geo_event_geom ON geo_event USING GIST (geom);
