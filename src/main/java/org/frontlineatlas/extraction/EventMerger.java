package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.PinEvidence;
import org.frontlineatlas.gazetteer.Geo;
import org.frontlineatlas.gazetteer.PlaceKind;
import org.frontlineatlas.gazetteer.RegionNames;

/**
 * Merges events reported more than once (several sentences or several articles) into one event with
 * several sources. Same event: same place, same dates, same type. A region-level event is folded into
 * an event of the same type and date at a place inside that region ("progress in the Donetsk region"
 * and "advanced towards Bakhmut" are one report, pinned at the most specific place).
 */
public final class EventMerger {

    private record Key(String placeId, String placeName, LocalDate date, LocalDate dateEnd, EventType type) {}

    /** A settlement this large has city districts the press names ("Kharkiv's Kyivskyi district"). */
    private static final long CITY_WITH_DISTRICTS = 200_000;

    private EventMerger() {}

    public static List<ExtractedEvent> merge(List<ExtractedEvent> events) {
        Map<Key, ExtractedEvent> merged = new LinkedHashMap<>();
        for (ExtractedEvent e : events) {
            merged.merge(
                    new Key(e.place().id(), e.place().name(), e.date(), e.dateEnd(), e.type()),
                    e,
                    EventMerger::combine);
        }
        List<ExtractedEvent> result = new ArrayList<>(merged.values());
        foldAccompanyingIntoMain(result);
        foldRegionsIntoPlaces(result);
        foldIntoMoreSpecific(result);
        return result;
    }

    /**
     * Same type and date, one place inside or next to the other: keep the more specific. A city folds
     * into a facility within it (Mariupol into the Azovstal plant); a sea into the island named in the
     * same sentence ("the Black Sea off Snake Island"); an orientation ("south of Kharkiv") into the
     * region the same sentence says the event was in ("in the Donbas region").
     */
    private static void foldIntoMoreSpecific(List<ExtractedEvent> events) {
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < events.size(); i++) {
                for (int j = 0; j < events.size(); j++) {
                    ExtractedEvent coarse = events.get(i);
                    ExtractedEvent fine = events.get(j);
                    if (i == j
                            || coarse.type() != fine.type()
                            || !coarse.date().equals(fine.date())
                            || !coarse.dateEnd().equals(fine.dateEnd())
                            || !foldsInto(coarse, fine)) {
                        continue;
                    }
                    events.set(j, combine(fine, coarse));
                    events.remove(i);
                    changed = true;
                    break outer;
                }
            }
        }
    }

    private static boolean foldsInto(ExtractedEvent coarse, ExtractedEvent fine) {
        PlaceKind c = coarse.place().kind();
        PlaceKind f = fine.place().kind();
        double km = kilometres(coarse, fine);
        if (c == PlaceKind.SETTLEMENT && f == PlaceKind.FACILITY) {
            return km < withinKm(coarse.place().population()); // Mariupol into Azovstal, not a town across the water
        }
        if (cityAndItsQuarter(coarse, fine)) {
            return true; // "hit Kyiv, where debris fell in the Dniprovskyi district", "shelled Korabel island in
            // Kherson"
        }
        if (f == PlaceKind.SETTLEMENT && isOffset(coarse) && !isOffset(fine)) {
            return km < 10; // "advanced north of Sudzha" and "advanced into Kazachya Loknya, north of Sudzha"
        }
        boolean sameSentence = coarse.sources().stream() // one sentence: the same offsets (evidence differs by place)
                .anyMatch(cq -> fine.sources().stream().anyMatch(fq -> fq.start() == cq.start()));
        if (!sameSentence) {
            return false;
        }
        if ((c == PlaceKind.SEA || c == PlaceKind.RIVER)
                && (f == PlaceKind.ISLAND || f == PlaceKind.SETTLEMENT || f == PlaceKind.FACILITY)) {
            return true; // a sea's or river's point says nothing about distance; the same sentence ties them
        }
        return c == PlaceKind.SETTLEMENT
                && coarse.geoPrecision() == 2
                && f == PlaceKind.REGION
                && !sameRegion(fine.place().name(), coarse.place().admin1());
    }

    /**
     * How far from its point a settlement of this population still reaches: about 10 km for a city
     * of 400,000, 3 km for a town of 50,000 (an unknown population counts as a town).
     */
    static double withinKm(long population) {
        return Math.max(3, 0.015 * Math.sqrt((double) Math.max(population, 50_000)));
    }

    /** A city of districts and a district or island of it: one place for a pin of one day. */
    private static boolean cityAndItsQuarter(ExtractedEvent city, ExtractedEvent quarter) {
        PlaceKind q = quarter.place().kind();
        return city.place().kind() == PlaceKind.SETTLEMENT
                && (q == PlaceKind.DISTRICT || q == PlaceKind.ISLAND)
                && city.place().population() >= CITY_WITH_DISTRICTS
                && kilometres(city, quarter) < 12;
    }

    /** Pinned at "N km <direction> of X": a computed point (no population of its own) a village named there replaces. */
    private static boolean isOffset(ExtractedEvent e) {
        return e.place().population() == 0
                && e.sources().stream()
                        .anyMatch(
                                q -> q.evidence() != null && q.evidence().placeRule() == PinEvidence.PlaceRule.OFFSET);
    }

    private static double kilometres(ExtractedEvent a, ExtractedEvent b) {
        return Geo.km(
                a.place().latitude(),
                a.place().longitude(),
                b.place().latitude(),
                b.place().longitude());
    }

    /**
     * One place, one day, one pin: fighting, casualties, a claim, a meeting at a place and day where
     * the article reports a more telling event (a strike, a capture, an advance) are part of that
     * report ("the strike on the officers' club targeted a meeting"): one pin, of the telling type.
     * A withdrawal from a place the same day it is captured or liberated is that capture, told from the
     * other side. Two other telling events (an advance and a strike) stay two pins.
     */
    /** Reported only as what went with something else: fighting, casualties, a claim, a meeting, aid. */
    private static final Set<EventType> ACCOMPANYING = EnumSet.of(
            EventType.ATTACK,
            EventType.CASUALTIES,
            EventType.CLAIM,
            EventType.OTHER,
            EventType.DIPLOMACY,
            EventType.AID);

    private static void foldAccompanyingIntoMain(List<ExtractedEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            ExtractedEvent minor = events.get(i);
            boolean retreat = minor.type() == EventType.RETREAT;
            if (!ACCOMPANYING.contains(minor.type()) && !retreat) {
                continue;
            }
            int main = -1;
            for (int j = 0; j < events.size(); j++) {
                ExtractedEvent other = events.get(j);
                boolean fits = !retreat || other.type() == EventType.CAPTURE || other.type() == EventType.LIBERATION;
                if (j != i
                        && fits
                        && samePlaceAndDays(minor, other)
                        && (retreat || rank(other.type()) < rank(minor.type()))
                        && (main < 0
                                || rank(other.type()) < rank(events.get(main).type()))) {
                    main = j;
                }
            }
            if (main >= 0) {
                events.set(main, combine(events.get(main), minor));
                events.remove(i);
                i = -1; // indices moved: start over (lists are a handful of events)
            }
        }
    }

    private static boolean samePlaceAndDays(ExtractedEvent a, ExtractedEvent b) {
        boolean samePlace = a.place().id().equals(b.place().id())
                        && a.place().name().equals(b.place().name())
                || cityAndItsQuarter(a, b)
                || cityAndItsQuarter(b, a);
        return samePlace && a.date().equals(b.date()) && a.dateEnd().equals(b.dateEnd());
    }

    /** Lower is more telling; what accompanies events comes last, fighting before casualties. */
    private static int rank(EventType type) {
        return switch (type) {
            case DIPLOMACY -> 98;
            case AID -> 99;
            case ATTACK -> 100;
            case CASUALTIES -> 101;
            case CLAIM -> 102;
            case OTHER -> 103;
            default -> type.ordinal();
        };
    }

    /**
     * A headline restates the report below it in the present tense ("Missiles hit Odesa port"): an
     * event only the title gives, at a place the body also pins, is the body's event (of the same
     * type if the body has one there, else the body's own account of the place: "Deadly strike on X"
     * over a body that counts the dead in X).
     */
    static void foldHeadlineIntoBody(List<ExtractedEvent> events, int titleEnd) {
        for (int i = 0; i < events.size(); i++) {
            ExtractedEvent headline = events.get(i);
            if (headline.sources().stream().noneMatch(q -> q.start() < titleEnd)) {
                continue;
            }
            // A title event that gathered undated body sentences ("attacks day after day near X") has
            // no day of its own: it is still the headline's, and folds into a body event of the last
            // days that states one.
            boolean undatedGathering = headline.sources().stream().anyMatch(q -> q.start() >= titleEnd);
            if (undatedGathering && !headline.dateDefaulted()) {
                continue;
            }
            int into = -1;
            for (int j = 0; j < events.size(); j++) {
                ExtractedEvent body = events.get(j);
                if (j != i
                        && body.place().id().equals(headline.place().id())
                        && body.place().name().equals(headline.place().name())
                        && body.sources().stream().anyMatch(q -> q.start() >= titleEnd)
                        && body.sources().stream().noneMatch(q -> q.start() < titleEnd)
                        && (!undatedGathering || isRecentStatedDay(body, headline))
                        && (into < 0 || body.type() == headline.type())) {
                    into = j; // the body's event of the same type, else any of its events there
                }
            }
            if (into >= 0) {
                events.set(into, combine(events.get(into), headline));
                events.remove(i);
                i = -1;
            }
        }
    }

    /** A headline tells the latest news: a stated day of the body at most three days before its own. */
    private static boolean isRecentStatedDay(ExtractedEvent body, ExtractedEvent headline) {
        return !body.dateDefaulted()
                && !body.date().isAfter(headline.date())
                && !body.date().isBefore(headline.date().minusDays(3));
    }

    private static void foldRegionsIntoPlaces(List<ExtractedEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            ExtractedEvent region = events.get(i);
            if (region.place().kind() != PlaceKind.REGION) {
                continue;
            }
            for (int j = 0; j < events.size(); j++) {
                ExtractedEvent inner = events.get(j);
                if (j != i
                        && inner.place().kind() != PlaceKind.REGION
                        && inner.type() == region.type()
                        && withinADay(inner, region)
                        && sameRegion(region.place().name(), inner.place().admin1())) {
                    events.set(j, combine(inner, region));
                    events.remove(i);
                    i--;
                    break;
                }
            }
        }
    }

    /**
     * "Russian forces struck border areas of Sumy Oblast on August 12" and "shelled Krasnopillia" the next
     * sentence: the region's report is the town's, even when the two sentences' days differ by one.
     */
    private static boolean withinADay(ExtractedEvent inner, ExtractedEvent region) {
        return !inner.date().isAfter(region.dateEnd().plusDays(1))
                && !region.date().isAfter(inner.dateEnd().plusDays(1));
    }

    static boolean sameRegion(String regionName, String admin1) {
        return RegionNames.same(regionName, admin1);
    }

    /** {@code a} keeps its place and precision; sources join in text order; a stated date wins over a default. */
    private static ExtractedEvent combine(ExtractedEvent a, ExtractedEvent b) {
        List<EventQuote> sources = new ArrayList<>(a.sources());
        for (EventQuote q : b.sources()) {
            if (sources.stream().noneMatch(known -> known.start() == q.start())) { // one sentence, one source
                sources.add(q);
            }
        }
        sources.sort(Comparator.comparingInt(EventQuote::start));
        double confidence = Math.min(0.95, Math.max(a.confidence(), b.confidence()) + 0.05);
        int geoPrecision = Math.min(a.geoPrecision(), b.geoPrecision());
        boolean defaulted = a.dateDefaulted() && b.dateDefaulted();
        String summary = a.geoPrecision() <= b.geoPrecision() ? a.summary() : b.summary();
        return new ExtractedEvent(
                a.place(),
                geoPrecision,
                a.date(),
                a.dateEnd(),
                a.precision(),
                defaulted,
                a.type(),
                summary,
                Math.round(confidence * 100) / 100.0,
                sources);
    }
}
