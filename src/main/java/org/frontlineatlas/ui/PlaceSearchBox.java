package org.frontlineatlas.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.List;
import java.util.stream.Stream;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.Place;

/** A gazetteer search with autocomplete: type two letters, pick a place. */
class PlaceSearchBox extends ComboBox<Place> {

    PlaceSearchBox(String label) {
        super(label);
        setPlaceholder("Type a place name…");
        setClearButtonVisible(true);
        setItemLabelGenerator(PlaceSearchBox::label);
        CallbackDataProvider.FetchCallback<Place, String> fetch =
                query -> search(query.getFilter().orElse(""), query.getOffset(), query.getLimit());
        setItems(fetch);
        setWidthFull();
    }

    static String label(Place p) {
        String where = Stream.of(p.admin1(), p.countryCode()).filter(s -> s != null && !s.isBlank())
                .reduce((a, b) -> a + ", " + b).orElse("");
        return p.name() + (where.isEmpty() ? "" : " (" + where + ")");
    }

    private static Stream<Place> search(String filter, int offset, int limit) {
        String q = filter == null ? "" : filter.strip();
        if (q.length() < 2 || q.length() > 100) {
            return Stream.empty();
        }
        List<Place> hits = Gazetteer.loadDefault().search(q, Math.min(50, offset + limit));
        return hits.stream().skip(offset).limit(limit);
    }
}
