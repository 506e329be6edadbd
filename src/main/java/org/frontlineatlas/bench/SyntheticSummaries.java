package org.frontlineatlas.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.frontlineatlas.events.EventType;

/** One-sentence summaries for {@link SyntheticEvents}, composed from templates written for this project. */
final class SyntheticSummaries {

    private static final List<String> TARGETS = List.of(
            "a residential block",
            "power lines",
            "a school",
            "a grain store",
            "a rail yard",
            "a fuel depot",
            "private houses",
            "a hospital yard",
            "a bridge",
            "an industrial site",
            "a market",
            "a water pumping station");

    private static final List<String> UNITS = List.of(
            "infantry groups",
            "armoured vehicles",
            "small assault teams",
            "units supported by drones",
            "mechanised units");

    private static final Map<EventType, List<String>> TEMPLATES = new EnumMap<>(EventType.class);

    static {
        TEMPLATES.put(
                EventType.ATTACK,
                List.of(
                        "Fighting was reported on the approaches to {place}; {unit} attacked defensive positions.",
                        "Officials said an assault near {place} was repelled after several hours.",
                        "Ground attacks continued around {place}, with {unit} taking part."));
        TEMPLATES.put(
                EventType.SHELLING_OR_STRIKE,
                List.of(
                        "Shelling hit {place}, damaging {target}.",
                        "A missile strike on {place} struck {target}, local authorities said.",
                        "Drones attacked {place} overnight; {target} caught fire.",
                        "Artillery fire reached {place} again; {target} was damaged."));
        TEMPLATES.put(
                EventType.ADVANCE,
                List.of(
                        "Forces were reported to have moved forward near {place}.",
                        "Analysts described small gains on the edge of {place}."));
        TEMPLATES.put(
                EventType.RETREAT,
                List.of(
                        "Defenders pulled back from positions close to {place}.",
                        "Units withdrew from a line near {place} to avoid encirclement."));
        TEMPLATES.put(
                EventType.CAPTURE,
                List.of(
                        "Control of part of {place} was reported to have changed hands.",
                        "A claim of capturing a village near {place} was made and later discussed by analysts."));
        TEMPLATES.put(
                EventType.LIBERATION,
                List.of(
                        "Ukrainian forces were reported to have returned to {place}.",
                        "Officials said a settlement near {place} was retaken."));
        TEMPLATES.put(
                EventType.EVACUATION,
                List.of(
                        "Residents of {place} were urged to leave; buses took families west.",
                        "An evacuation of children from {place} was announced."));
        TEMPLATES.put(
                EventType.CASUALTIES,
                List.of(
                        "Civilians were killed and injured in {place}, officials said.",
                        "Rescuers in {place} searched the rubble for people after a strike on {target}."));
        TEMPLATES.put(
                EventType.CLAIM,
                List.of(
                        "A defence ministry claimed to have hit targets around {place}; it could not be verified.",
                        "Officials claimed that drones aimed at {place} were shot down."));
        TEMPLATES.put(
                EventType.AID,
                List.of(
                        "Aid convoys reached {place} with food, water and generators.",
                        "Volunteers delivered medical supplies to {place}."));
        TEMPLATES.put(
                EventType.DIPLOMACY,
                List.of(
                        "Foreign officials visited {place} and met local leaders.",
                        "Talks on support for {place} and the region were held."));
        TEMPLATES.put(
                EventType.OTHER,
                List.of("Power and water supply in {place} were disrupted.", "Curfew hours in {place} were extended."));
    }

    private SyntheticSummaries() {}

    static String compose(EventType type, String place, SplittableRandom r) {
        List<String> options = TEMPLATES.get(type);
        return options.get(r.nextInt(options.size()))
                .replace("{place}", place)
                .replace("{target}", TARGETS.get(r.nextInt(TARGETS.size())))
                .replace("{unit}", UNITS.get(r.nextInt(UNITS.size())));
    }
}
