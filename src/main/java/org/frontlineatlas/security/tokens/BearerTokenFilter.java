package org.frontlineatlas.security.tokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer fla_...} on /api requests: the request acts as the token's owner for
 * this request only (nothing goes into a session). A token that is malformed, unknown, revoked or
 * whose owner is disabled gets 401 with a JSON reason, whatever session cookie comes with it: a
 * script must learn its token is dead, not be let through as someone else. A READ token gets 403
 * on anything but GET/HEAD/OPTIONS.
 * <p>
 * These requests have a stateless security chain of their own ({@link #BEARER_API}, see
 * SecurityConfiguration): no session is made or registered, and no CSRF token is asked for: a browser
 * never sends an Authorization header cross-site unless the page's own script sets it, and a script
 * with a token has no session to ride on. Browser sessions keep CSRF.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    /** /api requests that carry a Bearer token. */
    public static final RequestMatcher BEARER_API = request -> underApi(request) && bearer(request) != null;

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiTokens tokens;
    private final SecurityContextHolderStrategy security;

    public BearerTokenFilter(ApiTokens tokens, SecurityContextHolderStrategy security) {
        this.tokens = tokens;
        this.security = security;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !BEARER_API.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiTokens.Verification v = tokens.verify(bearer(request));
        if (!v.accepted()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, reason(v.outcome()));
            return;
        }
        if (v.token().scope() == TokenScope.READ && !SAFE.contains(request.getMethod())) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
            refuse(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "the API token \"" + v.token().name() + "\" may only read; writing needs a WRITE token");
            return;
        }
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(v.token(), v.ownerRoles()));
        security.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            security.clearContext();
        }
    }

    static String reason(ApiTokens.Outcome outcome) {
        return switch (outcome) {
            case MALFORMED -> "the Bearer token is not a Frontline Atlas API token (fla_ and 43 more characters)";
            case UNKNOWN -> "unknown API token; ask an admin to issue one";
            case REVOKED -> "this API token has been revoked; ask an admin for a new one";
            case OWNER_DISABLED -> "the account this API token belongs to is disabled";
            case ACCEPTED -> throw new IllegalArgumentException("accepted is no refusal");
        };
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of("error", message));
    }

    private static boolean underApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    /** The token after "Bearer " (the scheme in any case, as RFC 9110 allows), or null. */
    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }
}
