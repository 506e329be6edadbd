package org.frontlineatlas.reading;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.frontlineatlas.events.EventService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The public read endpoints (events, grid, CSV) over MockMvc on a filled database, wired as the app wires them. */
final class PublicReadApi {

    private PublicReadApi() {}

    /** Loads the published events into memory, as the app does once started, and serves them. */
    static MockMvc over(DataSource ds) {
        EventService service = EventService.on(ds);
        WindowReader windows = WindowReader.on(ds);
        windows.publishedIndex().load();
        WindowAnswers answers = new WindowAnswers(new EventChangeBroadcaster(), new ObjectMapper(), 16, 10);
        return MockMvcBuilders.standaloneSetup(
                        new EventsApi(
                                service,
                                windows,
                                answers,
                                new FeatureCollectionWriter(service, new ObjectMapper(), 16)),
                        new EventGridApi(windows, answers),
                        new EventsCsvApi(windows))
                .build();
    }
}
