package org.frontlineatlas.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.frontlineatlas.security.tokens.ApiTokens;
import org.frontlineatlas.security.tokens.BearerTokenFilter;
import org.frontlineatlas.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SimpleRedirectSessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Who may see what. Readers need no account: the map (@AnonymousAllowed), the published-events API
 * and the basemap files are open. Everything else needs a sign-in, and views and services say which
 * role they need (@RolesAllowed, checked by Vaadin's navigation access control and by method security).
 * <p>
 * Uses Vaadin 24.9's {@link VaadinSecurityConfigurer}, which replaces the deprecated VaadinWebSecurity.
 * <p>
 * REST writes: any /api request other than the public GETs (events, events.csv, one event, range,
 * histogram, places, labels, control, control/diff, control/versions) needs EDITOR or ADMIN: POST /api/articles,
 * POST /api/events/import, POST /api/control/import, POST /api/events
 * and PUT /api/events/{id} today. They use the same session as the UI (sign in at /login) and
 * Spring's CSRF token on every POST/PUT/DELETE (Vaadin exempts only its own internal requests). No
 * HTTP Basic: it would put the password on every request. Scripts use a personal API token instead
 * ({@code Authorization: Bearer fla_...}, see {@link BearerTokenFilter}): it acts as its owner, needs
 * no CSRF token, and a READ token cannot write. An /api request without a session or token gets 401,
 * not a redirect to the login page.
 */
@Configuration
@EnableWebSecurity
// Only @RolesAllowed is used; pre/post (SpEL) interceptors would be built and never consulted.
@EnableMethodSecurity(jsr250Enabled = true, prePostEnabled = false)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    /**
     * The public reads (the map's window API, one event, CSV, range, histogram, place search): open to
     * all, safe methods only, so a lean chain of their own: no session looked up or made, no saved
     * page, no CSRF token, with the same headers as every page. A reader's slider asks these many
     * times a second, and the full chain cost a sixth of the server's CPU under LoadBench.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicReads(
            HttpSecurity http,
            @Value("${atlas.tiles.url:}") String tilesUrl,
            @Value("${atlas.embed.frame-ancestors:*}") String embedAncestors)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        path.matcher(HttpMethod.GET, "/api/events"),
                        path.matcher(HttpMethod.GET, "/api/events/*"),
                        path.matcher(HttpMethod.GET, "/api/events.csv"),
                        path.matcher(HttpMethod.GET, "/api/range"),
                        path.matcher(HttpMethod.GET, "/api/histogram"),
                        path.matcher(HttpMethod.GET, "/api/places"),
                        path.matcher(HttpMethod.GET, "/api/labels"),
                        path.matcher(HttpMethod.GET, "/api/control"),
                        path.matcher(HttpMethod.GET, "/api/control/diff"),
                        path.matcher(HttpMethod.GET, "/api/control/versions")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable()) // GET only: nothing to forge
                .logout(l -> l.disable());
        headers(http, tilesUrl, embedAncestors);
        return http.build();
    }

    /**
     * Scripts: an /api request with {@code Authorization: Bearer} is the token's alone. A stateless
     * chain of its own, so it makes no session (the main chain's session management would register one
     * per request), saves no page, and needs no CSRF token: there is no session cookie to forge a
     * request with. A bad token never falls back to a session cookie sent along.
     */
    @Bean
    @Order(2)
    SecurityFilterChain bearerTokenWrites(
            HttpSecurity http,
            ApiTokens tokens,
            ObjectProvider<SecurityContextHolderStrategy> security,
            @Value("${atlas.tiles.url:}") String tilesUrl,
            @Value("${atlas.embed.frame-ancestors:*}") String embedAncestors)
            throws Exception {
        http.securityMatcher(BearerTokenFilter.BEARER_API)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name()))
                .addFilterBefore(
                        new BearerTokenFilter(
                                tokens, security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                        AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable()) // Bearer requests only: no session to ride on
                .logout(l -> l.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        headers(http, tilesUrl, embedAncestors);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionRegistry sessions,
            VaadinDefaultRequestCache requestCache,
            @Value("${atlas.tiles.url:}") String tilesUrl,
            @Value("${atlas.embed.frame-ancestors:*}") String embedAncestors)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        // Our rules come first; Vaadin's configurer then adds its own and the catch-all. The public
        // reads under /api have their own chain (publicReads); every other /api request writes.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(path.matcher("/api/**"))
                .hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
                .requestMatchers(path.matcher(HttpMethod.GET, "/basemap/**"), path.matcher("/error"))
                .permitAll());
        headers(http, tilesUrl, embedAncestors);
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), path.matcher("/api/**")));
        // Keeps the failure in the session (the default), where LoginView reads why: throttled or not.
        // The login page is named here too: this configurer is set up before Vaadin's, and without it
        // Spring would switch on its own generated login page.
        http.formLogin(form ->
                form.loginPage("/login").failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")));
        // A registry of signed-in sessions, so disabling an account can end them (see SignedInSessions).
        http.sessionManagement(s -> s.maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredSessionStrategy(new SimpleRedirectSessionInformationExpiredStrategy("/login")));
        // After sign-in, back to the page the editor asked for (/editor), under its own address: by
        // default Spring marks that redirect with ?continue, so it need not look for a saved page in
        // the session of every request; a session lookup is cheap, a stray ?continue in the address is not.
        HttpSessionRequestCache savedPages = new HttpSessionRequestCache();
        savedPages.setMatchingRequestParameterName(null);
        requestCache.setDelegateRequestCache(savedPages);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * Other sites may frame the /embed map; every other page (sign-in, admin) refuses framing, both
     * by X-Frame-Options (old browsers) and CSP frame-ancestors. X-Content-Type-Options: nosniff is
     * among Spring's defaults and stays on.
     */
    private static void headers(HttpSecurity http, String tilesUrl, String embedAncestors) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        ContentSecurityPolicy csp = new ContentSecurityPolicy(tilesUrl, embedAncestors);
        RequestMatcher embed = path.matcher("/embed");
        RequestMatcher notEmbed = new NegatedRequestMatcher(embed);
        http.headers(h -> h.frameOptions(f -> f.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        notEmbed, new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        notEmbed, new StaticHeadersWriter("Content-Security-Policy", csp.forPages())))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        embed, new StaticHeadersWriter("Content-Security-Policy", csp.forEmbed())))
                // Links out (a report's source) tell the other site only our origin, never the view in the URL.
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }

    /** bcrypt at Spring's default cost (10): about 50-100 ms per check here, slow for a guesser. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserRepository userRepository(JdbcClient jdbc) {
        return new UserRepository(jdbc);
    }

    @Bean
    SignInThrottle signInThrottle(Clock clock, ObjectProvider<SharedThrottleCounters> shared) {
        // Several instances (PostgreSQL, see cluster/) count together in the database; one counts in memory.
        SharedThrottleCounters counters = shared.getIfAvailable();
        return counters == null
                ? new SignInThrottle(SignInThrottle.Policy.ACCOUNT, SignInThrottle.Policy.ADDRESS, clock)
                : new SignInThrottle(SignInThrottle.Policy.ACCOUNT, SignInThrottle.Policy.ADDRESS, clock, counters);
    }

    /** The only way to sign in: the stored bcrypt hash, behind the throttle. */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(
            UserRepository users, PasswordEncoder passwords, SignInThrottle throttle) {
        return new ThrottledAuthenticationProvider(passwordCheck(users, passwords), throttle);
    }

    /**
     * Checks the password before the enabled flag, so a disabled account answers a wrong password
     * exactly like any other (no hint that the name exists).
     */
    static DaoAuthenticationProvider passwordCheck(UserRepository users, PasswordEncoder passwords) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(new AccountUserDetailsService(users));
        dao.setPasswordEncoder(passwords);
        dao.setPreAuthenticationChecks(user -> {});
        dao.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return dao;
    }

    @Bean
    CurrentEditor currentEditor(UserRepository users, ObjectProvider<SecurityContextHolderStrategy> security) {
        return new CurrentEditor(security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), users);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SignedInSessions signedInSessions(SessionRegistry registry) {
        return new SignedInSessions(registry);
    }

    @Bean
    UserAccounts userAccounts(
            UserRepository users,
            PasswordEncoder passwords,
            PlatformTransactionManager transactions,
            Clock clock,
            SignedInSessions sessions,
            ObjectProvider<SecurityContextHolderStrategy> security) {
        return new UserAccounts(
                users,
                passwords,
                transactions,
                clock,
                sessions,
                security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }
}
