package org.frontlineatlas.events;

import java.time.LocalDate;

/** One article that reports an event: the sentence quoted and where the article came from. */
public record EventSource(long articleId, String title, String publisher, String url, LocalDate publishedOn,
                          String quote, int start, int end) {
}
