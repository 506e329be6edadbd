package org.frontlineatlas.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Applies {@link UiLanguage}'s rule to every page: the first HTML gets {@code <html lang>} (so the
 * web components and screen readers know the language from the start) and, when the address says
 * {@code lang=}, the cookie that keeps the choice; each UI gets the locale its views translate with.
 * The UI is made by Vaadin's bootstrap request, which carries the page's address in {@code location}.
 */
@Component
public class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            VaadinRequest request = page.getVaadinRequest();
            String asked = request.getParameter(UiLanguage.PARAM);
            UiLanguage language = choose(request, asked);
            page.getDocument().selectFirst("html").attr("lang", language.code());
            if (UiLanguage.fromCode(asked).isPresent()) {
                remember(page.getVaadinResponse(), language);
            }
        });
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request == null) {
                return;
            }
            UiLanguage language = choose(request, langOfLocation(request.getParameter("location")));
            UI ui = init.getUI();
            // The browser's own variant where it is the chosen language (en-GB dates stay day first).
            java.util.Locale browser = request.getLocale();
            ui.setLocale(
                    browser != null
                                    && UiLanguage.of(browser) == language
                                    && language.code().equals(browser.getLanguage())
                            ? browser
                            : language.locale());
            ui.getPage().executeJs("document.documentElement.lang = $0", language.code());
        });
    }

    private static UiLanguage choose(VaadinRequest request, String asked) {
        return UiLanguage.choose(asked, cookie(request), request.getHeader("Accept-Language"));
    }

    /** {@code lang} of a bootstrap location such as {@code editor/pin?lang=uk&date=2022-05-01}. */
    static String langOfLocation(String location) {
        if (location == null || !location.contains("?")) {
            return null;
        }
        List<String> values = QueryParameters.fromString(location.substring(location.indexOf('?') + 1))
                .getParameters()
                .getOrDefault(UiLanguage.PARAM, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    private static String cookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (UiLanguage.COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    private static void remember(VaadinResponse response, UiLanguage language) {
        Cookie cookie = new Cookie(UiLanguage.COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(UiLanguage.COOKIE_SECONDS);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
