package org.frontlineatlas.events;

import java.time.LocalDate;

/** First and last day covered by stored events: the span of the time slider. */
public record DateRange(LocalDate first, LocalDate last) {}
