package org.frontlineatlas.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.frontlineatlas.cluster.FirstStartLock;
import org.frontlineatlas.tours.Tour;
import org.frontlineatlas.tours.TourService;
import org.frontlineatlas.tours.TourStop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** With the demo data comes a demo tour (demo/demo-tours.csv), so present mode has one to play. */
@Component
@ConditionalOnProperty(name = "atlas.demo-data", havingValue = "true", matchIfMissing = true)
@Order(FirstStartLock.SEEDING_ORDER) // inside FirstStartLock (several instances)
class DemoTourLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTourLoader.class);

    private final TourService tours;

    DemoTourLoader(TourService tours) {
        this.tours = tours;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tours.count() > 0) {
            return;
        }
        for (Tour tour : read()) {
            tours.save(tour, "demo-data");
        }
        log.info("No tours yet: loaded the demo tours");
    }

    static List<Tour> read() {
        try (InputStream in = DemoTourLoader.class.getResourceAsStream("/demo/demo-tours.csv")) {
            if (in == null) {
                throw new IllegalStateException("demo tours missing from the classpath");
            }
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, List<TourStop>> stops = new LinkedHashMap<>();
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                names.put(row.get("slug"), row.get("name"));
                stops.computeIfAbsent(row.get("slug"), s -> new ArrayList<>())
                        .add(new TourStop(
                                LocalDate.parse(row.get("date")),
                                Integer.parseInt(row.get("window")),
                                Double.valueOf(row.get("lat")),
                                Double.valueOf(row.get("lon")),
                                Double.valueOf(row.get("zoom")),
                                row.get("note")));
            }
            return names.entrySet().stream()
                    .map(e -> new Tour(null, e.getKey(), e.getValue(), "demo-data", stops.get(e.getKey())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
