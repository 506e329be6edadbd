package org.frontlineatlas.events;

import java.time.LocalDate;

/** How many events start on a day. */
public record DayCount(LocalDate day, int count) {}
