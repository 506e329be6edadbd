package org.frontlineatlas.events;

import java.time.LocalDate;

/**
 * One article that reports an event: the sentence quoted, where the article came from and, for a
 * machine pin, why the sentence made one ({@code evidence}, else null).
 */
public record EventSource(
        long articleId,
        String title,
        String publisher,
        String url,
        LocalDate publishedOn,
        String quote,
        int start,
        int end,
        PinEvidence evidence) {}
