package org.frontlineatlas.i18n;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * УКР / ENG: the other language is a link to this very address with {@code lang=} set (the rest of
 * the address kept, read when clicked, since the map rewrites it as the reader moves); a full page
 * load, so every text and the cookie follow. The current language is plain text.
 */
public class LanguageSwitch extends Span {

    public LanguageSwitch() {
        addClassName("language-switch");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        removeAll();
        UiLanguage current = UiLanguage.of(attach.getUI().getLocale());
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("language.switch"));
        for (UiLanguage l : UiLanguage.values()) {
            if (getElement().getChildCount() > 0) {
                add(new Span(" / "));
            }
            if (l == current) {
                Span here = new Span(l.shortName());
                here.addClassName("language-current");
                here.getElement().setAttribute("aria-current", "true");
                here.getElement().setAttribute("title", l.fullName());
                add(here);
            } else {
                Anchor other = new Anchor("?" + UiLanguage.PARAM + "=" + l.code(), l.shortName());
                other.addClassName("language-other");
                other.getElement().setAttribute("router-ignore", true);
                other.getElement().setAttribute("hreflang", l.code());
                other.getElement().setAttribute("lang", l.code());
                other.getElement().setAttribute("title", l.fullName());
                other.getElement()
                        .executeJs(
                                "this.addEventListener('click', () => {"
                                        + " const u = new URL(window.location.href); u.searchParams.set($0, $1); this.href = u.href; })",
                                UiLanguage.PARAM,
                                l.code());
                add(other);
            }
        }
    }
}
