package org.frontlineatlas.ui.editor;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.List;
import java.util.stream.Stream;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.Place;
import org.frontlineatlas.gazetteer.UkrainianNames;
import org.frontlineatlas.i18n.UiLanguage;
import org.frontlineatlas.i18n.UiText;

/** A gazetteer search with autocomplete: type two letters, pick a place. */
class PlaceSearchBox extends ComboBox<Place> {

    PlaceSearchBox(String label) {
        super(label);
        setPlaceholder(t("search.placeholder"));
        setClearButtonVisible(true);
        setItemLabelGenerator(PlaceSearchBox::label);
        CallbackDataProvider.FetchCallback<Place, String> fetch =
                query -> search(query.getFilter().orElse(""), query.getOffset(), query.getLimit());
        setItems(fetch);
        setWidthFull();
    }

    /** "Покровськ (Donetsk Oblast, UA)" in Ukrainian where the gazetteer has the name, else "Pokrovsk (…)". */
    static String label(Place p) {
        String where = Stream.of(p.admin1(), p.countryCode())
                .filter(s -> s != null && !s.isBlank())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        String name = UiText.current() == UiLanguage.UK ? UkrainianNames.load().nameOf(p) : p.name();
        return name + (where.isEmpty() ? "" : " (" + where + ")");
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
