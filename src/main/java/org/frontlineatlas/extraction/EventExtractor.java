package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.events.PinEvidence;
import org.frontlineatlas.extraction.SentenceSplitter.Span;
import org.frontlineatlas.extraction.TriggerLexicon.Trigger;
import org.frontlineatlas.gazetteer.Place;
import org.frontlineatlas.gazetteer.PlaceKind;
import org.frontlineatlas.gazetteer.PlaceMention;
import org.frontlineatlas.gazetteer.PlaceTagger;

/**
 * Finds dated geo-events in an article, sentence by sentence: each place named in a sentence (not a
 * metonym) is paired with the nearest word that reports an event there; the date is the date
 * expression nearest to that word, else the article's default day. Events with the same place,
 * date and type are merged ({@link EventMerger}). Thread-safe if the tagger is.
 */
public final class EventExtractor {

    /** A place further than this from any event word in its sentence is only mentioned. */
    private static final int MAX_DISTANCE = 150;

    private static final Pattern YESTERDAY_STYLE = Pattern.compile("(?i)\\b(yesterday|last night)\\b");
    private static final WordStartPattern NEAR = WordStartPattern.compile(
            "(?i)(?:\\bnear|\\baround|\\boutside|\\btowards?|\\boutskirts of|\\bvicinity of"
                    + "|\\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+(?:of|from)|\\bkm\\s+(?:\\w+\\s+)?of|\\bkilomet(?:er|re)s\\s+(?:\\w+\\s+)?of"
                    + "|\\bmiles\\s+(?:\\w+\\s+)?of|\\bborder\\s+(?:\\w+\\s+){0,3}near|\\boff)\\s+(?:the\\s+)?(?:city\\s+of\\s+)?$");
    private static final WordStartPattern CLAIMED = WordStartPattern.compile(
            "(?i)\\b(claim\\w*|unconfirmed|could not be (?:independently )?verified|reportedly|allegedly)\\b");
    private static final WordStartPattern MILITARY_VISITOR =
            WordStartPattern.compile("(?i)\\b(general|commander|chief of (?:the )?(?:general )?staff"
                    + "|head of [\\w’' ]{0,20}armed forces|colonel|officer)\\b");
    private static final WordStartPattern REMOTE = WordStartPattern.compile(
            "(?i)\\b(online|video link|by video|virtual(?:ly)?|by phone|phone call|video address"
                    + "|televised address|in an? (?:online|video) address)\\b");
    private static final WordStartPattern BACKGROUND =
            WordStartPattern.compile("(?i)\\bsince\\s+(?:the\\s+(?:beginning|start|war|invasion)|it\\s+began|(?:January"
                    + "|February|March|April|May|June|July|August|September|October|November|December)\\b)");
    /** "the biggest attack since the war began" ranks today's event; it is no background sentence. */
    private static final WordStartPattern RANKED_SINCE =
            WordStartPattern.compile("(?i)\\b(?:most\\s+\\w+|biggest|largest|worst|heaviest|deadliest"
                    + "|fiercest|strongest|first|longest|only)\\b[^.;]{0,80}?\\bsince\\b");

    private static final WordStartPattern CIVILIANS =
            WordStartPattern.compile("(?i)\\b(civilians|people|residents|children|families|refugees|evacuees)\\b");
    private static final Pattern NEAR_NAMED_PLACE =
            Pattern.compile("\\s+near\\s+(?:the\\s+(?:village|town|settlement)\\s+of\\s+)?[A-Z]");
    /** "the town, which had been captured in May": the date may belong to the clause, not the sentence. */
    private static final WordStartPattern RELATIVE_CLAUSE =
            WordStartPattern.compile("(?i)\\b(?:which|that|who|where|when|after|before|since|until)\\b");

    private static final Set<EventType> STRONG_OVER_ATTACK = EnumSet.of(
            EventType.SHELLING_OR_STRIKE,
            EventType.ADVANCE,
            EventType.RETREAT,
            EventType.CAPTURE,
            EventType.LIBERATION);

    private final PlaceTagger tagger;
    private final DateResolver dates = new DateResolver();

    public EventExtractor(PlaceTagger tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /**
     * The events of {@code article}, merged, dates resolved against {@code published}. Sentences with
     * no date are dated the day before publication in a "yesterday" report (the text says
     * "yesterday" or "last night" outside quotes), else the publication day; such dates are marked
     * {@link ExtractedEvent#dateDefaulted()}.
     */
    public List<ExtractedEvent> extract(ArticleText article, LocalDate published) {
        return extractWithPlaces(article, published).events();
    }

    /** The events of an article and the places the tagger found in it (what the editor's review marks). */
    public record Extraction(List<ExtractedEvent> events, List<PlaceMention> places) {}

    /** {@link #extract}, also handing back the tagger's mentions so a caller need not tag the text again. */
    public Extraction extractWithPlaces(ArticleText article, LocalDate published) {
        Objects.requireNonNull(published, "published");
        String text = article.text();
        LocalDate defaultDay = isYesterdayStyle(text) ? published.minusDays(1) : published;
        List<PlaceMention> tagged = tagger.tag(text);
        List<PlaceMention> mentions = Coreference.withAnaphors(text, MentionCleanup.clean(tagged));
        List<ExtractedEvent> found = new ArrayList<>();
        LocalDate previousStated = null;
        LocalDate carried = null; // the day the previous sentence of the paragraph stated
        Span previousSpan = null;
        List<PlaceMention> previousPlaces = List.of();
        int next = 0;
        for (Span span : SentenceSplitter.split(text)) {
            List<PlaceMention> inSentence = new ArrayList<>();
            while (next < mentions.size() && mentions.get(next).start() < span.end()) {
                PlaceMention m = mentions.get(next++);
                if (m.start() >= span.start() && m.end() <= span.end()) {
                    inSentence.add(m);
                }
            }
            String sentence = text.substring(span.start(), span.end());
            WordStarts words = WordStarts.of(sentence); // shared by the date, trigger and cue patterns
            // A written date no stored event can carry ("9999-12-31") is ignored, not allowed to make
            // the whole article fail to store.
            List<DateMention> dateMentions = dates.find(words, published, previousStated).stream()
                    .filter(d -> !d.date().start().isBefore(GeoEvent.EARLIEST)
                            && !d.date().end().isAfter(GeoEvent.LATEST))
                    .toList();
            carried = EventDating.sameEvent(inSentence, previousPlaces)
                    ? EventDating.carried(text, previousSpan, span, carried)
                    : null;
            if (!RecalledOccupation.isRecalled(text.substring(span.start(), span.end()), published)) {
                found.addAll(
                        eventsOf(text, span, words, inSentence, dateMentions, carried != null ? carried : defaultDay));
            }
            if (!dateMentions.isEmpty()) {
                previousStated =
                        dateMentions.get(dateMentions.size() - 1).date().start();
            }
            carried = dateMentions.isEmpty() ? null : EventDating.toCarry(dateMentions);
            previousSpan = span;
            previousPlaces = inSentence;
        }
        List<ExtractedEvent> merged = new ArrayList<>(EventMerger.merge(found));
        if (article.titleDetected() && text.startsWith(article.title())) {
            EventMerger.foldHeadlineIntoBody(merged, article.title().length());
        }
        return new Extraction(merged, tagged);
    }

    private List<ExtractedEvent> eventsOf(
            String text,
            Span span,
            WordStarts words,
            List<PlaceMention> mentions,
            List<DateMention> dateMentions,
            LocalDate defaultDay) {
        if (mentions.isEmpty() || BACKGROUND.foundIn(words) && !RANKED_SINCE.foundIn(words)) {
            return List.of();
        }
        String sentence = words.text().toString();
        List<Trigger> triggers = ReferredEvent.withoutReferred(
                sentence, BackgroundClause.withoutHistory(sentence, usableTriggers(words)));
        if (triggers.stream().allMatch(Trigger::nonEvent)) {
            return List.of();
        }
        List<PlaceMention> places = EventPlaces.of(text, mentions, tagger);
        List<ExtractedEvent> events = new ArrayList<>();
        for (PlaceMention place : places) {
            int placeStart = place.start() - span.start();
            int placeEnd = place.end() - span.start();
            Trigger best = null;
            int bestDistance = Integer.MAX_VALUE;
            boolean venue = Venue.isVenue(text, place) || OutsideTheWar.hostsOnlyMeetings(place.place());
            for (Trigger t : triggers) {
                if ((venue && t.type() != EventType.DIPLOMACY) || OutsideTheWar.excludes(place.place(), t.type())) {
                    continue; // a venue hosts the meeting, not the strike reported beside it
                }
                int distance = t.start() >= placeEnd ? t.start() - placeEnd : Math.max(0, placeStart - t.end());
                if (distance < bestDistance) {
                    best = t;
                    bestDistance = distance;
                }
            }
            if (best == null
                    || bestDistance > MAX_DISTANCE
                    || best.nonEvent()
                    || AnnouncedMeeting.isAnnounced(text, place)) {
                continue; // no report near the place, or the nearest one is negated or speculative
            }
            if ((best.type() == EventType.EVACUATION || best.type() == EventType.RETREAT)
                    && OffScene.isDestination(text, place)) {
                continue; // people are moved from where it happened to here
            }
            Optional<RelativePlace.Offset> offset = RelativePlace.of(text, place);
            if (offset.isPresent() && offset.get().landmark()) {
                continue; // "380 km southwest of Moscow": Moscow only orients the reader
            }
            if (offset.isPresent()
                    && NEAR_NAMED_PLACE
                            .matcher(text)
                            .region(place.end(), Math.min(text.length(), place.end() + 40))
                            .lookingAt()) {
                continue; // "north-east of Kupiansk near Synkivka": the village named next is the pin
            }
            events.add(event(
                    text,
                    span,
                    words,
                    place,
                    offset.map(RelativePlace.Offset::place),
                    best,
                    triggers,
                    dateMentions,
                    defaultDay));
        }
        return events;
    }

    /** Triggers after the sentence-level rules: a strike beats "attack", a specific type beats "offensive". */
    private static List<Trigger> usableTriggers(WordStarts words) {
        String sentence = words.text().toString();
        List<Trigger> all = TriggerLexicon.find(words);
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        all.stream().filter(t -> !t.nonEvent()).forEach(t -> types.add(t.type()));
        boolean remote = REMOTE.foundIn(words);
        List<Trigger> usable = new ArrayList<>();
        for (Trigger t : all) {
            if (t.nonEvent() || t.type() == EventType.CLAIM) {
                // A bare "claim" reports speech, not an event: it only keeps the places nearest to it unpinned.
                usable.add(t.type() == EventType.CLAIM ? new Trigger(t.type(), t.start(), t.end(), t.weak(), true) : t);
                continue;
            }
            boolean drop = switch (t.type()) {
                case CASUALTIES -> types.contains(EventType.SHELLING_OR_STRIKE) || types.contains(EventType.ATTACK);
                case AID -> types.contains(EventType.DIPLOMACY) || remote;
                case DIPLOMACY, OTHER -> remote;
                case ATTACK -> t.weak() && types.stream().anyMatch(STRONG_OVER_ATTACK::contains);
                default -> false;
            };
            if (t.type() == EventType.EVACUATION
                    && sentence.substring(t.start(), t.end())
                            .toLowerCase(Locale.ROOT)
                            .matches(".*\\b(?:leave|left|leaving)")
                    && !CIVILIANS.foundIn(words)) {
                drop = true;
            }
            if (!drop) {
                usable.add(t);
            }
        }
        return usable;
    }

    private ExtractedEvent event(
            String text,
            Span span,
            WordStarts words,
            PlaceMention mention,
            Optional<Place> offset,
            Trigger trigger,
            List<Trigger> triggers,
            List<DateMention> dateMentions,
            LocalDate defaultDay) {
        String sentence = words.text().toString();
        EventType type = trigger.type();
        if (type == EventType.DIPLOMACY
                && sentence.substring(trigger.start(), trigger.end())
                        .toLowerCase(Locale.ROOT)
                        .startsWith("visit")
                && MILITARY_VISITOR.foundIn(words)) {
            type = EventType.OTHER; // a commander's trip to the front is not diplomacy
        }
        dateMentions = EventDating.forPlace(
                sentence, dateMentions, mention.start() - span.start(), mention.end() - span.start());
        DateMention dated = nearestDate(dateMentions, trigger, triggers);
        if (dated == null && dateMentions.size() == 1 && !RELATIVE_CLAUSE.foundIn(words)) {
            dated = usable(dateMentions.get(0)); // one time frame for the whole sentence
        }
        if (dated == null) {
            dated = EventDating.besidePlaceOrFrame(
                    dateMentions, mention.start() - span.start(), mention.end() - span.start(), trigger);
        }
        ResolvedDate date = dated == null ? ResolvedDate.defaultDay(defaultDay) : dated.date();
        Place place = offset.orElse(mention.place());
        int geoPrecision = offset.isPresent() ? 2 : geoPrecision(text, mention);
        PinEvidence evidence = new PinEvidence(
                sentence.substring(trigger.start(), trigger.end()),
                placeRule(mention, offset.isPresent(), geoPrecision),
                offset.map(Place::name).orElse(mention.text()),
                dated == null ? null : dated.text());
        double confidence = 0.55
                + (date.defaulted() ? 0 : 0.15)
                + (geoPrecision == 1 ? 0.1 : 0)
                + 0.15 * (mention.confidence() - 0.5)
                - (CLAIMED.foundIn(words) ? 0.15 : 0)
                - (trigger.weak() ? 0.1 : 0);
        confidence = Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100.0;
        String where = offset.isPresent() ? " " : geoPrecision == 2 ? " near " : " in ";
        String summary = headline(type) + where + place.name();
        return new ExtractedEvent(
                place,
                geoPrecision,
                date.start(),
                date.end(),
                date.precision(),
                date.defaulted(),
                type,
                summary,
                confidence,
                List.of(new EventQuote(sentence, span.start(), span.end(), evidence)));
    }

    /**
     * The date nearest the trigger, among the dates nearer to it than to a trigger of another type: in "made
     * gains in the town, which had been captured in May", May dates the capture, not the gains.
     */
    private static DateMention nearestDate(List<DateMention> mentions, Trigger trigger, List<Trigger> triggers) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : mentions) {
            int distance = distance(d, trigger);
            boolean nearerAnother = false;
            for (Trigger other : triggers) {
                nearerAnother |= other.type() != trigger.type() && distance(d, other) < distance;
            }
            if (!nearerAnother && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best == null ? null : usable(best);
    }

    /** "in recent weeks" describes an ongoing state, not the day of a new event: use the default day. */
    private static DateMention usable(DateMention d) {
        return d.date().precision() == DatePrecision.MONTH && d.date().start().getDayOfMonth() != 1 ? null : d;
    }

    private static PinEvidence.PlaceRule placeRule(PlaceMention mention, boolean offset, int geoPrecision) {
        if (offset) {
            return PinEvidence.PlaceRule.OFFSET;
        }
        if (Coreference.isAnaphor(mention)) {
            return PinEvidence.PlaceRule.ANAPHOR;
        }
        return switch (geoPrecision) {
            case 3 -> PinEvidence.PlaceRule.REGION;
            case 2 -> PinEvidence.PlaceRule.NEAR;
            default -> PinEvidence.PlaceRule.NAMED;
        };
    }

    private static int distance(DateMention d, Trigger t) {
        return d.start() >= t.end() ? d.start() - t.end() : Math.max(0, t.start() - d.end());
    }

    private static int geoPrecision(String text, PlaceMention mention) {
        PlaceKind kind = mention.place().kind();
        if (kind == PlaceKind.REGION || kind == PlaceKind.COUNTRY) {
            return 3;
        }
        if (kind == PlaceKind.RIVER || kind == PlaceKind.SEA || kind == PlaceKind.DISTRICT) {
            return 2;
        }
        String before = text.substring(Math.max(0, mention.start() - 40), mention.start());
        return NEAR.foundIn(before) || PlaceLevels.namesFrontSector(text, mention) ? 2 : 1;
    }

    /** A "yesterday" report: it says yesterday or last night outside quotation marks. */
    static boolean isYesterdayStyle(String text) {
        String unquoted = text.replaceAll("“[^”]*”|\"[^\"\\n]*\"", " ");
        return YESTERDAY_STYLE.matcher(unquoted).find();
    }

    /** The opening word of a machine summary: "Fighting in Bakhmut", "Report in Kyiv". */
    private static String headline(EventType type) {
        return switch (type) {
            case ATTACK -> "Fighting";
            case OTHER -> "Report";
            default -> type.label();
        };
    }
}
