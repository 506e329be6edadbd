package org.frontlineatlas.events;

/** An article as stored: its id, title and cleaned body (the text its quotes point into). */
public record StoredArticle(long id, String title, String body) {}
