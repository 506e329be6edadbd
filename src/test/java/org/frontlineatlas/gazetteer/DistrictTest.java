package org.frontlineatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A "Sudzha district" is the district (kind DISTRICT), while "Sudzha" alone stays the town. */
class DistrictTest {

    static Place first(String text, String name) {
        return AmbiguityTest.first(text, name);
    }

    /** Reference points are the districts' administrative centres; a district is within 30 km of its centre. */
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Villages in the Sudzhansky district were shelled on Monday.; Sudzhansky district; 51.19; 35.27; RU",
                "Residents fled the Sudzha district as fighting spread.; Sudzha district; 51.19; 35.27; RU",
                "A drone hit a farm in the Glushkovsky district.; Glushkovsky district; 51.34; 34.63; RU",
                "Russian officials reported shelling in the Shebekino district.; Shebekino district; 50.41; 36.89; RU",
                "Two people were hurt in the Grayvoron district.; Grayvoron district; 50.48; 35.68; RU",
                "Guided bombs struck the Pokrovsk district overnight.; Pokrovsk district; 48.28; 37.18; UA",
                "Evacuations were ordered in the Kupianskyi raion.; Kupianskyi raion; 49.71; 37.62; UA",
                "Shelling killed a man in the Nikopol district.; Nikopol district; 47.57; 34.40; UA",
                "Drones hit the Sievierodonetsk district at night.; Sievierodonetsk district; 48.95; 38.49; UA",
                "Fighting went on in the Svatove raion.; Svatove raion; 49.41; 38.15; UA",
                "A strike hit a depot in the Henichesk district.; Henichesk district; 46.17; 34.81; UA",
                "Glide bombs fell on the Okhtyrka district.; Okhtyrka district; 50.31; 34.90; UA"
            })
    void districtMentionResolvesToTheDistrict(String text, String mention, double lat, double lon, String country) {
        Place p = first(text, mention);
        assertEquals(PlaceKind.DISTRICT, p.kind(), p.toString());
        assertEquals(country, p.countryCode());
        double km = Geo.km(p.latitude(), p.longitude(), lat, lon);
        assertTrue(km < 30, mention + " is " + Math.round(km) + " km from its centre");
    }

    @Test
    void bareTownNameStaysTheSettlement() {
        String text = "Drones struck the Pokrovsk district overnight, and shelling hit Pokrovsk itself. "
                + "Fighting in the Sudzhansky district went on near Sudzha.";
        assertEquals(PlaceKind.DISTRICT, first(text, "Pokrovsk district").kind());
        Place pokrovsk = first(text, "Pokrovsk");
        assertEquals(PlaceKind.SETTLEMENT, pokrovsk.kind());
        assertEquals("geonames:704422", pokrovsk.id());
        Place sudzha = first(text, "Sudzha");
        assertEquals(PlaceKind.SETTLEMENT, sudzha.kind());
        assertEquals("RU", sudzha.countryCode());
    }

    @Test
    void facilitiesAreFacilities() {
        String text = "A missile damaged the Chonhar bridge, and the IAEA said the ZNPP lost power again.";
        Place chonhar = first(text, "Chonhar bridge");
        assertEquals(PlaceKind.FACILITY, chonhar.kind());
        // The M18 crosses the Chonhar strait just south of Chonhar village (46.03 N, 34.55 E), not at Henichesk.
        assertTrue(Geo.km(chonhar.latitude(), chonhar.longitude(), 46.03, 34.55) < 10, chonhar.toString());
        Place znpp = first(text, "ZNPP");
        assertEquals(PlaceKind.FACILITY, znpp.kind());
        assertTrue(Geo.km(znpp.latitude(), znpp.longitude(), 47.51, 34.59) < 10, znpp.toString());
    }

    /** Villages of the 2023-2025 fronts that cities500 lacks land beside their front town, not at a namesake. */
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Russian troops attacked near Kotlyne and Udachne, west of Pokrovsk.; Kotlyne; 48.28; 37.18; 15",
                "Russian troops attacked near Kotlyne and Udachne, west of Pokrovsk.; Udachne; 48.28; 37.18; 20",
                "Assaults were repelled near Dachne, west of Kurakhove.; Dachne; 47.98; 37.27; 10",
                "A shell struck a house in Petropavlivka, east of Kupiansk.; Petropavlivka; 49.72; 37.58; 12",
                "Russian forces attacked near Novodanylivka, south of Orikhiv.; Novodanylivka; 47.57; 35.78; 10",
                "Glide bombs hit Yunakivka, a border village north-east of Sumy.; Yunakivka; 50.91; 34.80; 30"
            })
    void frontVillageLiesBesideItsFrontTown(String text, String village, double lat, double lon, double km) {
        Place p = first(text, village);
        assertEquals(PlaceKind.SETTLEMENT, p.kind(), p.toString());
        double away = Geo.km(p.latitude(), p.longitude(), lat, lon);
        assertTrue(away < km, village + " is " + Math.round(away) + " km from the town it is named beside: " + p);
    }
}
