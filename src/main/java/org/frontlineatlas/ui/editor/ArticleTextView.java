package org.frontlineatlas.ui.editor;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import org.frontlineatlas.gazetteer.PlaceMention;
import org.frontlineatlas.gazetteer.UkrainianNames;
import org.frontlineatlas.i18n.UiLanguage;
import org.frontlineatlas.i18n.UiText;

/**
 * An article's cleaned text with the places the gazetteer found highlighted. Built from text nodes
 * and spans, so markup in an article (a script tag, say) shows as the characters it is.
 */
class ArticleTextView extends Div {

    ArticleTextView() {
        addClassName("editor-article");
        getElement().setAttribute("aria-label", UiText.t("article.label"));
    }

    void show(String text, List<PlaceMention> mentions) {
        removeAll();
        int at = 0;
        for (PlaceMention m : mentions.stream()
                .sorted(Comparator.comparingInt(PlaceMention::start))
                .toList()) {
            if (m.start() < at || m.end() > text.length()) {
                continue; // overlapping or out-of-range mentions: keep the first
            }
            add(new Text(text.substring(at, m.start())));
            Span place = new Span(text.substring(m.start(), m.end()));
            place.addClassName("place-mention");
            String name = UiText.current() == UiLanguage.UK
                    ? UkrainianNames.load().nameOf(m.place())
                    : m.place().name();
            place.setTitle(name + " · " + UiText.t("kind." + m.place().kind().code()) + " · "
                    + String.format(
                            java.util.Locale.ROOT,
                            "%.4f, %.4f",
                            m.place().latitude(),
                            m.place().longitude()));
            add(place);
            at = m.end();
        }
        add(new Text(text.substring(at)));
    }
}
