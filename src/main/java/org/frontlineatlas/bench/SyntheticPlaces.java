package org.frontlineatlas.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * Real places of the war with their coordinates, for {@link SyntheticEvents}. Each has a kind (what
 * usually happens there) and, where the fighting moved through it, the months when it was hottest:
 * a place is five times as busy then and {@code quiet} times as busy otherwise. The periods are
 * rough, from public reporting; they shape load and geography, they are not a chronology.
 */
final class SyntheticPlaces {

    /** What a place mostly sees, which decides the mix of event types there. */
    enum Kind {
        /** Towns on or near the line of contact: assaults, shelling, advances. */
        FRONT,
        /** The Dnipro in the south: shelling across the river, small crossings. */
        RIVER,
        /** Cities behind the line hit by missiles and drones; aid and evacuation. */
        CITY,
        /** Russian border regions and the Ukrainian towns facing them. */
        BORDER,
        /** Crimea: strikes on bases, the bridge, ships. */
        CRIMEA
    }

    record Place(
            String name, double lat, double lon, Kind kind, LocalDate activeFrom, LocalDate activeTo, double quiet) {

        double weightOn(LocalDate day) {
            double base = switch (kind) {
                case FRONT, RIVER -> 1.0;
                case BORDER -> 0.45;
                case CITY -> 0.35;
                case CRIMEA -> 0.25;
            };
            if (activeFrom == null) {
                return base;
            }
            boolean active = !day.isBefore(activeFrom) && !day.isAfter(activeTo);
            return base * (active ? 5.0 : quiet);
        }
    }

    private static Place always(String name, double lat, double lon, Kind kind) {
        return new Place(name, lat, lon, kind, null, null, 1.0);
    }

    private static Place hot(String name, double lat, double lon, Kind kind, String from, String to, double quiet) {
        return new Place(name, lat, lon, kind, LocalDate.parse(from), LocalDate.parse(to), quiet);
    }

    static final List<Place> ALL = List.of(
            // Kyiv region and the north: the first weeks, then quiet with occasional strikes.
            hot("Kyiv", 50.4501, 30.5234, Kind.CITY, "2022-02-24", "2022-03-31", 1.0),
            hot("Bucha", 50.5430, 30.2120, Kind.FRONT, "2022-02-27", "2022-04-02", 0.02),
            hot("Irpin", 50.5218, 30.2506, Kind.FRONT, "2022-02-27", "2022-04-02", 0.02),
            hot("Hostomel", 50.5690, 30.2650, Kind.FRONT, "2022-02-24", "2022-04-02", 0.02),
            hot("Borodianka", 50.6440, 29.9240, Kind.FRONT, "2022-02-27", "2022-04-02", 0.02),
            hot("Makariv", 50.4640, 29.8110, Kind.FRONT, "2022-02-27", "2022-04-02", 0.02),
            hot("Chernihiv", 51.4982, 31.2893, Kind.CITY, "2022-02-24", "2022-04-04", 0.5),
            hot("Sumy", 50.9077, 34.7981, Kind.BORDER, "2022-02-24", "2022-04-04", 1.2),
            hot("Okhtyrka", 50.3105, 34.8988, Kind.BORDER, "2022-02-24", "2022-04-04", 0.4),
            hot("Trostianets", 50.4790, 34.9660, Kind.FRONT, "2022-03-01", "2022-03-26", 0.05),
            always("Shostka", 51.8640, 33.4700, Kind.BORDER),
            always("Konotop", 51.2400, 33.2020, Kind.BORDER),
            // Kharkiv region.
            hot("Kharkiv", 49.9935, 36.2304, Kind.CITY, "2022-02-24", "2022-05-15", 1.6),
            hot("Derhachi", 50.1095, 36.1218, Kind.FRONT, "2022-03-01", "2022-05-15", 0.3),
            hot("Lyptsi", 50.1939, 36.4322, Kind.FRONT, "2024-05-10", "2024-09-30", 0.3),
            hot("Vovchansk", 50.2908, 36.9415, Kind.FRONT, "2024-05-10", "2025-02-23", 0.3),
            hot("Chuhuiv", 49.8358, 36.6880, Kind.FRONT, "2022-03-01", "2022-09-10", 0.3),
            hot("Balakliia", 49.4627, 36.8586, Kind.FRONT, "2022-03-01", "2022-09-10", 0.2),
            hot("Izium", 49.2103, 37.2566, Kind.FRONT, "2022-03-20", "2022-09-12", 0.2),
            hot("Kupiansk", 49.7106, 37.6157, Kind.FRONT, "2022-09-05", "2025-02-23", 0.4),
            hot("Borova", 49.3736, 37.6208, Kind.FRONT, "2023-07-01", "2025-02-23", 0.3),
            always("Lozova", 48.8892, 36.3178, Kind.CITY),
            // Luhansk region.
            hot("Rubizhne", 49.0146, 38.3778, Kind.FRONT, "2022-03-10", "2022-05-15", 0.1),
            hot("Popasna", 48.6333, 38.3833, Kind.FRONT, "2022-03-15", "2022-05-10", 0.1),
            hot("Sievierodonetsk", 48.9482, 38.4917, Kind.FRONT, "2022-05-10", "2022-06-25", 0.1),
            hot("Lysychansk", 48.9044, 38.4273, Kind.FRONT, "2022-06-01", "2022-07-03", 0.1),
            hot("Kreminna", 49.0496, 38.2179, Kind.FRONT, "2022-10-01", "2024-06-30", 0.3),
            hot("Svatove", 49.4100, 38.1500, Kind.FRONT, "2022-10-01", "2023-06-30", 0.3),
            always("Luhansk", 48.5740, 39.3078, Kind.CITY),
            // Donetsk region, north to south.
            hot("Lyman", 48.9890, 37.8024, Kind.FRONT, "2022-05-20", "2022-10-05", 0.6),
            hot("Siversk", 48.8666, 38.1000, Kind.FRONT, "2022-07-01", "2025-02-23", 0.5),
            always("Sloviansk", 48.8531, 37.6053, Kind.CITY),
            always("Kramatorsk", 48.7389, 37.5844, Kind.CITY),
            hot("Soledar", 48.6797, 38.0868, Kind.FRONT, "2022-12-15", "2023-01-20", 0.2),
            hot("Bakhmut", 48.5953, 38.0000, Kind.FRONT, "2022-08-01", "2023-05-25", 0.35),
            hot("Klishchiivka", 48.5368, 37.9680, Kind.FRONT, "2023-06-01", "2023-09-30", 0.3),
            hot("Chasiv Yar", 48.5860, 37.8350, Kind.FRONT, "2024-03-01", "2025-02-23", 0.3),
            hot("Kostiantynivka", 48.5277, 37.7069, Kind.CITY, "2024-06-01", "2025-02-23", 1.0),
            always("Druzhkivka", 48.6203, 37.5276, Kind.CITY),
            hot("Toretsk", 48.3980, 37.8470, Kind.FRONT, "2024-06-15", "2025-02-23", 0.4),
            always("Horlivka", 48.3336, 38.0925, Kind.FRONT),
            hot("Avdiivka", 48.1394, 37.7497, Kind.FRONT, "2023-10-10", "2024-02-20", 0.6),
            always("Donetsk", 48.0159, 37.8029, Kind.CITY),
            hot("Marinka", 47.9447, 37.5036, Kind.FRONT, "2022-03-01", "2023-12-31", 0.3),
            hot("Krasnohorivka", 48.0050, 37.5131, Kind.FRONT, "2024-05-01", "2024-09-15", 0.3),
            hot("Pokrovsk", 48.2826, 37.1758, Kind.FRONT, "2024-08-01", "2025-02-23", 0.3),
            hot("Myrnohrad", 48.3030, 37.2630, Kind.FRONT, "2024-09-15", "2025-02-23", 0.2),
            hot("Selydove", 48.1470, 37.3000, Kind.FRONT, "2024-09-01", "2024-10-31", 0.2),
            hot("Kurakhove", 47.9847, 37.2822, Kind.FRONT, "2024-10-15", "2025-01-10", 0.3),
            hot("Vuhledar", 47.7811, 37.2486, Kind.FRONT, "2023-01-20", "2024-10-05", 0.3),
            hot("Velyka Novosilka", 47.8440, 36.8370, Kind.FRONT, "2023-06-05", "2025-01-30", 0.3),
            hot("Volnovakha", 47.6010, 37.4970, Kind.FRONT, "2022-02-24", "2022-03-15", 0.05),
            hot("Mariupol", 47.0971, 37.5434, Kind.FRONT, "2022-02-26", "2022-05-20", 0.05),
            // Zaporizhzhia region.
            always("Zaporizhzhia", 47.8388, 35.1396, Kind.CITY),
            hot("Orikhiv", 47.5678, 35.7853, Kind.FRONT, "2023-06-04", "2023-11-30", 0.8),
            hot("Robotyne", 47.4436, 35.8376, Kind.FRONT, "2023-06-04", "2023-11-30", 0.25),
            hot("Huliaipole", 47.6619, 36.2561, Kind.FRONT, "2022-03-01", "2022-05-31", 0.6),
            always("Vasylivka", 47.4410, 35.2780, Kind.FRONT),
            hot("Enerhodar", 47.4989, 34.6560, Kind.FRONT, "2022-03-01", "2022-09-30", 0.2),
            always("Tokmak", 47.2550, 35.7120, Kind.FRONT),
            always("Melitopol", 46.8489, 35.3675, Kind.CITY),
            always("Berdiansk", 46.7553, 36.7988, Kind.CITY),
            // Dnipropetrovsk region across the river from the nuclear plant, and the rear.
            hot("Nikopol", 47.5712, 34.3964, Kind.RIVER, "2022-07-20", "2025-02-23", 0.1),
            hot("Marhanets", 47.6350, 34.6280, Kind.RIVER, "2022-07-20", "2025-02-23", 0.1),
            always("Dnipro", 48.4647, 35.0462, Kind.CITY),
            always("Kryvyi Rih", 47.9105, 33.3918, Kind.CITY),
            always("Pavlohrad", 48.5350, 35.8700, Kind.CITY),
            // Kherson and Mykolaiv: the south, then the Dnipro line.
            hot("Kherson", 46.6354, 32.6169, Kind.RIVER, "2022-11-11", "2025-02-23", 0.5),
            hot("Snihurivka", 47.0750, 32.8050, Kind.FRONT, "2022-03-15", "2022-11-10", 0.1),
            hot("Beryslav", 46.8392, 33.4263, Kind.RIVER, "2022-11-11", "2025-02-23", 0.2),
            hot("Nova Kakhovka", 46.7545, 33.3486, Kind.RIVER, "2023-06-06", "2023-07-15", 0.4),
            hot("Krynky", 46.7318, 33.0870, Kind.RIVER, "2023-10-15", "2024-07-20", 0.05),
            always("Oleshky", 46.6260, 32.7200, Kind.RIVER),
            always("Hola Prystan", 46.5240, 32.5200, Kind.RIVER),
            hot("Mykolaiv", 46.9750, 31.9946, Kind.CITY, "2022-02-26", "2022-11-11", 0.6),
            always("Ochakiv", 46.6128, 31.5500, Kind.CITY),
            // Odesa and the sea.
            always("Odesa", 46.4825, 30.7233, Kind.CITY),
            hot("Izmail", 45.3500, 28.8370, Kind.CITY, "2023-07-20", "2023-12-31", 0.2),
            hot("Snake Island", 45.2553, 30.2042, Kind.FRONT, "2022-02-24", "2022-07-07", 0.01),
            // Cities far behind the line: missile and drone strikes.
            always("Lviv", 49.8397, 24.0297, Kind.CITY),
            always("Vinnytsia", 49.2331, 28.4682, Kind.CITY),
            always("Uman", 48.7484, 30.2218, Kind.CITY),
            always("Kremenchuk", 49.0680, 33.4200, Kind.CITY),
            always("Poltava", 49.5883, 34.5514, Kind.CITY),
            always("Zhytomyr", 50.2547, 28.6587, Kind.CITY),
            always("Khmelnytskyi", 49.4229, 26.9871, Kind.CITY),
            always("Ternopil", 49.5535, 25.5948, Kind.CITY),
            always("Lutsk", 50.7472, 25.3254, Kind.CITY),
            always("Rivne", 50.6199, 26.2516, Kind.CITY),
            always("Ivano-Frankivsk", 48.9226, 24.7111, Kind.CITY),
            always("Cherkasy", 49.4444, 32.0598, Kind.CITY),
            always("Kropyvnytskyi", 48.5079, 32.2623, Kind.CITY),
            always("Bila Tserkva", 49.7968, 30.1311, Kind.CITY),
            // Crimea.
            always("Sevastopol", 44.6166, 33.5254, Kind.CRIMEA),
            always("Kerch", 45.3566, 36.4680, Kind.CRIMEA),
            always("Saky", 45.1333, 33.6000, Kind.CRIMEA),
            always("Dzhankoi", 45.7094, 34.3933, Kind.CRIMEA),
            // Russia across the border.
            always("Belgorod", 50.5997, 36.5983, Kind.BORDER),
            always("Shebekino", 50.4100, 36.8950, Kind.BORDER),
            hot("Kursk", 51.7373, 36.1874, Kind.BORDER, "2024-08-06", "2025-02-23", 1.0),
            hot("Sudzha", 51.1920, 35.2710, Kind.FRONT, "2024-08-06", "2025-02-23", 0.05),
            always("Bryansk", 53.2436, 34.3634, Kind.BORDER),
            always("Rostov-on-Don", 47.2357, 39.7015, Kind.BORDER));

    private SyntheticPlaces() {}
}
