package org.frontlineatlas.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.GeodeticCalculator;
import org.frontlineatlas.gazetteer.Place;
import org.frontlineatlas.gazetteer.PlaceMention;
import org.opengis.geometry.DirectPosition;

/**
 * Places given relative to a named one: "40 km east of Kharkiv", "15 miles south of Bakhmut",
 * "north of Kherson". The event is pinned at the offset point (computed on the WGS 84 ellipsoid with
 * Apache SIS's geodesic calculator), not at the named place. Without a distance the offset is a
 * guess scaled to the place's size; a distance over {@value #LANDMARK_KM} km makes the named place
 * a landmark for orientation ("380 km southwest of Moscow"), where nothing happened.
 */
final class RelativePlace {

    static final double LANDMARK_KM = 100;
    private static final double KM_PER_MILE = 1.609344;

    private static final String DIRECTION =
            "(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?";
    /** "40 km east of", "some 15 miles (24 km) to the south-west of the town of". */
    private static final WordStartPattern WITH_DISTANCE =
            WordStartPattern.compile("(?i)\\b(\\d{1,3}(?:[.,]\\d)?)\\s?-?\\s?(km|kilomet(?:er|re)s?|mi|miles?)"
                    + "\\s+(?:\\([^)]{1,20}\\)\\s+)?(?:to\\s+the\\s+)?" + DIRECTION + "\\s+(?:of|from)\\s+(?:the\\s+)?"
                    + "(?:(?:city|town|village|settlement|centre|center)\\s+of\\s+)?$");
    /** "north of", "just east of the city of": one direction only ("north and east of" says no point); \b first, as a WordStartPattern needs. */
    private static final WordStartPattern DIRECTION_ONLY = WordStartPattern.compile("(?i)\\b(?<!\\band\\s|\\bor\\s|-)"
            + DIRECTION + "\\s+of\\s+(?:the\\s+)?(?:(?:city|town|village|settlement)\\s+of\\s+)?$");

    /** "in the north of the city" names a part of the place; "to the north of" goes beyond it. */
    private static final Pattern PART_OF =
            Pattern.compile("(?i)\\b(?:in|across|into|throughout)\\s+the\\s+(?:far\\s+)?$");

    private static final Pattern APPROXIMATELY = Pattern.compile(
            "(?i)\\b(?:some|about|around|roughly|just|nearly|approximately|only|less than|more than|over)\\s*$");
    private static final Pattern LIES =
            Pattern.compile("(?i)\\b(?:lies|lay|is|was|sits|sat|located|situated|stands|based)\\s*$");
    private static final Map<String, Double> AZIMUTH = Map.of(
            "north",
            0.0,
            "northeast",
            45.0,
            "east",
            90.0,
            "southeast",
            135.0,
            "south",
            180.0,
            "southwest",
            225.0,
            "west",
            270.0,
            "northwest",
            315.0);

    /** Where the event is: the offset point, or a landmark (nothing happened at the named place). */
    record Offset(Place place, boolean landmark) {}

    /**
     * SIS announces, once, that no EPSG database is installed: WGS 84 is built in and all we use. Held
     * here because java.util.logging keeps loggers weakly: a level set on one nobody holds is lost
     * when it is collected, and the warning came back on some runs.
     */
    private static final Logger SIS_LOG = Logger.getLogger("org.apache.sis");

    static {
        SIS_LOG.setLevel(Level.SEVERE);
    }

    private RelativePlace() {}

    /** The offset place that {@code mention} anchors, if the words just before it give one. */
    static Optional<Offset> of(String text, PlaceMention mention) {
        int from = Math.max(0, mention.start() - 70);
        String before = text.substring(from, mention.start());
        if (before.indexOf(" of ") < 0 && before.indexOf(" from ") < 0) {
            return Optional.empty(); // the common case, decided without a regular expression
        }
        Place anchor = mention.place();
        // Tried at word starts only: find() over the window was a tenth of the extraction's time.
        WordStarts words = WordStarts.of(before);
        WordStartPattern.Finder distance = WITH_DISTANCE.finder(words);
        if (distance.find()) {
            Matcher m = distance.match();
            if (isApposition(before, m.start())) {
                return Optional.of(new Offset(anchor, true));
            }
            double km = Double.parseDouble(m.group(1).replace(',', '.'));
            if (m.group(2).toLowerCase(Locale.ROOT).startsWith("mi")) {
                km *= KM_PER_MILE;
            }
            if (km > LANDMARK_KM) {
                return Optional.of(new Offset(anchor, true));
            }
            String label =
                    m.group(0).replaceFirst("(?i)\\s+(?:of|from)\\s+.*$", "").trim();
            return Optional.of(
                    new Offset(offset(anchor, direction(m.group(3)), km, label + " of " + anchor.name()), false));
        }
        WordStartPattern.Finder onlyDirection = DIRECTION_ONLY.finder(words);
        if (onlyDirection.find()) {
            Matcher d = onlyDirection.match();
            if (PART_OF.matcher(before.substring(0, d.start())).find()) {
                return Optional.empty(); // "in the south-west of Moscow": a part of the city, not beyond it
            }
            if (isApposition(before, d.start())) {
                return Optional.of(new Offset(anchor, true));
            }
            String direction = direction(d.group(1));
            return Optional.of(
                    new Offset(offset(anchor, direction, guessKm(anchor), direction + " of " + anchor.name()), false));
        }
        return Optional.empty();
    }

    /**
     * "In Selydove, south-east of Pokrovsk, ..." and "Robotyne, 10 km south of Orikhiv": the phrase
     * says where the place before the comma is, so the place it names only orients the reader.
     */
    private static boolean isApposition(String before, int phraseStart) {
        String head = APPROXIMATELY.matcher(before.substring(0, phraseStart)).replaceFirst("");
        if (LIES.matcher(head).find()) {
            return true; // "Robotyne lies 10 km south of Orikhiv": a description of where a place is
        }
        int i = head.length() - 1;
        while (i >= 0 && Character.isWhitespace(head.charAt(i))) {
            i--;
        }
        if (i < 1 || head.charAt(i) != ',') {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && Character.isLetter(head.charAt(j))) {
            j--;
        }
        return j + 1 < i && Character.isUpperCase(head.charAt(j + 1)); // a name just before the comma
    }

    /** A bare "north of X" lies beyond X's edge: further for a big city than for a village. */
    static double guessKm(Place anchor) {
        if (anchor.population() >= 500_000) {
            return 25;
        }
        return anchor.population() >= 50_000 ? 15 : 8;
    }

    private static String direction(String written) {
        return written.toLowerCase(Locale.ROOT).replace("-", "").replaceFirst("ern$", "");
    }

    private static Place offset(Place anchor, String direction, double km, String name) {
        GeodeticCalculator calculator = GeodeticCalculator.create(CommonCRS.WGS84.geographic());
        calculator.setStartGeographicPoint(anchor.latitude(), anchor.longitude());
        calculator.setStartingAzimuth(AZIMUTH.get(direction));
        calculator.setGeodesicDistance(km * 1000); // the ellipsoid's unit: metres
        DirectPosition end = calculator.getEndPoint(); // WGS 84 geographic: latitude, then longitude
        double lat = Math.round(end.getOrdinate(0) * 1e5) / 1e5;
        double lon = Math.round(end.getOrdinate(1) * 1e5) / 1e5;
        return new Place(anchor.id(), name, anchor.kind(), lat, lon, anchor.countryCode(), anchor.admin1(), 0);
    }
}
