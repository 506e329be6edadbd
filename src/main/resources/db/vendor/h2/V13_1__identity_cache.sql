-- H2 writes an identity's next value to disk (a full store of the database file) each time its
-- cache of 32 values runs out; an import of 10,000 articles draws about 300,000 ids (events, their
-- sources and audit rows), so that store ran thousands of times and took about a third of the
-- import. A larger cache makes it rare; the cost is a gap of unused ids after an unclean stop.
ALTER TABLE article ALTER COLUMN id SET CACHE 10000;
ALTER TABLE geo_event ALTER COLUMN id SET CACHE 10000;
ALTER TABLE event_source ALTER COLUMN id SET CACHE 10000;
ALTER TABLE event_audit ALTER COLUMN id SET CACHE 10000;
