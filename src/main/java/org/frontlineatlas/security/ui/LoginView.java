package org.frontlineatlas.security.ui;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.frontlineatlas.i18n.LanguageSwitch;
import org.frontlineatlas.security.SignInThrottledException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in for editors and admins at /login. The form posts to Spring Security; after a failure
 * Spring comes back here with ?error and leaves the reason in the session.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(null));
        Anchor back = new Anchor("", t("login.back"));
        back.addClassName("login-back");
        add(form, back, new LanguageSwitch());
        // LoginI18n has no word for the password's reveal button: give its field the page's words.
        form.getElement()
                .executeJs(
                        "customElements.whenDefined('vaadin-password-field').then(() => {"
                                + " const f = this.querySelector('vaadin-password-field'); if (f) f.i18n = { ...f.i18n, reveal: $0 }; })",
                        t("admin.revealPassword"));
    }

    @Override
    public String getPageTitle() {
        return t("login.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(""); // already signed in: back to the map (the route, so security/ does not import ui/)
            return;
        }
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        String throttled = null;
        if (failed
                && VaadinSession.getCurrent() != null
                && VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof SignInThrottledException blocked) {
            throttled = t("login.throttled", SignInThrottledException.wholeMinutes(blocked.retryAfter()));
        }
        form.setI18n(texts(throttled));
        form.setError(failed);
    }

    private static LoginI18n texts(String throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(t("login.form"));
        i18n.getForm().setUsername(t("login.username"));
        i18n.getForm().setPassword(t("login.password"));
        i18n.getForm().setSubmit(t("login.submit"));
        i18n.getForm().setForgotPassword(t("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (throttled != null) {
            error.setTitle(t("login.throttledTitle"));
            error.setMessage(throttled);
        } else {
            // The same words for an unknown name, a wrong password and a disabled account.
            error.setTitle(t("login.failedTitle"));
            error.setMessage(t("login.failed"));
        }
        return i18n;
    }
}
