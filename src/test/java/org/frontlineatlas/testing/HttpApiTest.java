package org.frontlineatlas.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An HTTP API test through MockMvc on the real application and its database: the callers it signs in
 * as, the accounts behind them and the tables it empties. Each subclass names its own database in its
 * {@code @SpringBootTest} so that its Spring context is cached with its own data.
 */
@AutoConfigureMockMvc
public abstract class HttpApiTest {

    @Autowired
    protected MockMvc http;

    @Autowired
    protected UserRepository users;

    @Autowired
    protected JdbcClient sql;

    /** A caller signed in with the editor role (its account must exist: {@link #ensureEditors}). */
    protected static RequestPostProcessor editor(String name) {
        return user(name).roles("EDITOR");
    }

    /** A caller signed in with no role at all: a reader. */
    protected static RequestPostProcessor reader(String name) {
        return user(name).roles();
    }

    /** POST {@code body} to {@code url} as {@code who}, with the CSRF token a signed-in page sends. */
    protected ResultActions postAs(RequestPostProcessor who, String url, String contentType, String body)
            throws Exception {
        return http.perform(
                post(url).with(csrf()).with(who).contentType(contentType).content(body));
    }

    protected ResultActions postAs(RequestPostProcessor who, String url, String contentType, byte[] body)
            throws Exception {
        return http.perform(
                post(url).with(csrf()).with(who).contentType(contentType).content(body));
    }

    protected void ensureEditors(String... names) {
        TestAccounts.ensure(users, Role.EDITOR, names);
    }

    protected void emptyTables(String... tables) {
        TestTables.empty(sql, tables);
    }

    protected long rows(String table) {
        return TestTables.rows(sql, table);
    }
}
