-- PostgreSQL only, before the shared migrations (db/migration) run unchanged on both databases.
-- PostGIS serves the bounding box of the window query (V5_1). It is not a trusted extension, so a
-- superuser creates it once (`CREATE EXTENSION postgis`, see README); this line then finds it.
CREATE EXTENSION IF NOT EXISTS postgis;

-- The shared schema says CLOB (H2's and SQL's name for long text); PostgreSQL calls it text.
CREATE DOMAIN clob AS text;
