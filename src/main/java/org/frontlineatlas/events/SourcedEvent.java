package org.frontlineatlas.events;

import java.util.List;

/** An event found in an article, with the sentences (and their offsets in the article) that report it. */
public record SourcedEvent(GeoEvent event, List<Quote> quotes) {

    public SourcedEvent {
        quotes = List.copyOf(quotes);
    }

    /** A sentence reporting the event and, for machine pins, why it made one (else null). */
    public record Quote(String text, int start, int end, PinEvidence evidence) {

        public Quote(String text, int start, int end) {
            this(text, start, end, null);
        }

        public Quote {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("quote offsets must satisfy 0 <= start <= end");
            }
            text = text.length() > 4000 ? text.substring(0, 4000) : text;
        }
    }
}
