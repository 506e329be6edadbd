package org.frontlineatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.frontlineatlas.editing.EventEditing;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.events.TestEvents;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The role checks on the services themselves, so they hold even if a view or endpoint forgot its own.
 * Same properties as the browser test, so both share one application context.
 */
@Tag("database")
@SecurityTestApp
class SecuredServicesTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    EventEditing editing;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    org.frontlineatlas.control.ControlEditing controlEditing;

    @Autowired
    UserRepository users;

    private static GeoEvent proposed() {
        return TestEvents.at("Izium", 49.2128, 37.2569, "2022-04-01", EventType.ADVANCE, EventStatus.PROPOSED);
    }

    @Test
    void areasOfControlCannotBeCorrectedWithoutSigningIn() {
        assertThatThrownBy(() -> controlEditing.correct(
                        1, "{\"type\":\"Polygon\",\"coordinates\":[[[37,47],[38,47],[38,48],[37,47]]]}"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void accountsCannotBeListedOrAddedWithoutSigningIn() {
        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.addEditor("sneaky", "long enough password"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "some-editor", roles = "EDITOR")
    void anEditorCannotManageAccounts() {
        assertThatThrownBy(() -> accounts.addEditor("sneaky", "long enough password"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled("admin", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "EDITOR"})
    void anAdminManagesAccountsButCannotDisableThemself() {
        assertThat(accounts.list()).extracting(UserAccount::username).contains("admin");
        assertThatThrownBy(() -> accounts.setEnabled("admin", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("your own account");
        assertThatThrownBy(() -> accounts.setEnabled("no-such-person", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no account named");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "EDITOR"})
    void disablingAnEditorEndsTheirOpenSessions() {
        accounts.addEditor("leaving-editor", "long enough password");
        User editor = new User("leaving-editor", "x", java.util.List.of());
        sessions.registerNewSession("session-of-leaving-editor", editor);
        sessions.getSessionInformation("session-of-leaving-editor").refreshLastRequest();

        UserAccount disabled = accounts.setEnabled("leaving-editor", false);

        assertThat(disabled.enabled()).isFalse();
        assertThat(sessions.getSessionInformation("session-of-leaving-editor").isExpired())
                .isTrue();
        assertThat(accounts.setEnabled("leaving-editor", true).enabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "disabled-editor", roles = "EDITOR")
    void aDisabledEditorsOpenSessionCannotWrite() {
        if (!users.exists("disabled-editor")) {
            users.insert("disabled-editor", "{noop}unused", java.util.Set.of(Role.EDITOR), java.time.Instant.now());
        }
        users.setEnabled("disabled-editor", false);

        assertThatThrownBy(() -> editing.create(proposed()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("disabled");
    }

    @Test
    void eventsCannotBeWrittenOnBehalfOfNobody() {
        assertThatThrownBy(() -> editing.create(proposed()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(
            username = "reader-without-role",
            roles = {})
    void aSignedInPersonWithoutARoleCannotWriteEvents() {
        assertThatThrownBy(() -> editing.create(proposed())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "olena", roles = "EDITOR")
    void anEditorsNewEventIsAttributedToTheEditor() {
        if (!users.exists("olena")) {
            users.insert("olena", "{noop}unused", java.util.Set.of(Role.EDITOR), java.time.Instant.now());
        }
        GeoEvent stored = editing.create(proposed());
        assertThat(stored.createdBy()).isEqualTo("olena");
    }
}
