package org.frontlineatlas.events;

/** What storing one article did: a duplicate adds nothing; otherwise new and merged events. */
public record IngestResult(long articleId, boolean duplicate, int eventsCreated, int eventsMerged) {}
