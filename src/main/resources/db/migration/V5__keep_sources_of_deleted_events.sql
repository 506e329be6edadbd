-- A deleted event can be restored (event_audit keeps its content); its links to the articles that
-- reported it are parked here meanwhile, since event_source rows go with the event.
CREATE TABLE deleted_event_source (
    event_id   BIGINT        NOT NULL,
    article_id BIGINT        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    quote      VARCHAR(4000) NOT NULL,
    char_start INT           NOT NULL,
    char_end   INT           NOT NULL
);
CREATE INDEX deleted_event_source_event ON deleted_event_source (event_id);
