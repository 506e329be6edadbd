package org.frontlineatlas;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds the requests that arrive while the app is still starting, and lets them through once it is
 * ready (Spring's readiness: after the start-up runners).
 * <p>
 * Spring Boot opens Tomcat's port before it initialises Vaadin's servlet (Tomcat's load-on-startup is
 * deferred to after the connector starts) and before the start-up runners create the first admin and
 * the demo data. In that window Vaadin's security cannot tell that /login is a public view (it asks
 * the route registry of a servlet not yet started), so it refused /login: Spring remembered /login as
 * the page to return to and redirected to /login (after sign-in, the editor landed on
 * /login?continue), and a sign-in could find no admin account yet. Holding the first requests for
 * those few seconds closes both; first before Spring Security's filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartUpGate extends OncePerRequestFilter implements ApplicationListener<AvailabilityChangeEvent<ReadinessState>> {

    /** Longer than any start seen (seeding behind another instance included); then a 503 to retry. */
    private static final long HOLD_SECONDS = 60;

    private final CountDownLatch ready = new CountDownLatch(1);

    @Override
    public void onApplicationEvent(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            ready.countDown();
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready.getCount() > 0 && !awaitReady()) {
            response.setHeader("Retry-After", "5");
            response.sendError(
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Frontline Atlas is starting; try again shortly.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean awaitReady() {
        try {
            return ready.await(HOLD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
