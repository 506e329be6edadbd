package org.frontlineatlas.ingest.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs one address for an editor (a page) or the poller (a feed) under {@link FetchSettings}: the
 * address checked by {@link AddressGuard} before connecting and again after every redirect (followed
 * by hand, so none can lead to a private address), the whole answer within the read timeout, the
 * body within the size limit. Every failure is a {@link FetchException} saying what went wrong.
 * <p>
 * The host is resolved once for the check and again by the HTTP client when it connects; a DNS
 * name that changes its answer in between (rebinding) is not caught here.
 */
public class PageFetcher {

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HttpClient http;

    public PageFetcher(FetchSettings settings) {
        this.settings = settings;
        this.guard = new AddressGuard(settings.allowPrivate());
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Parses what an editor typed into an absolute http(s) address. */
    public static URI address(String url) {
        if (url == null || url.isBlank()) {
            throw new FetchException("give the address of the article (http or https)");
        }
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute()) {
                throw new FetchException("the address must start with http:// or https://");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException("the address is malformed: " + e.getReason());
        }
    }

    /** Checks an address as a fetch would, without fetching (an editor adding a feed hears at once). */
    public void check(URI uri) {
        guard.check(uri);
    }

    /**
     * Fetches the page at {@code start}, following redirects through the address guard.
     *
     * @param accept the Accept header (what kind of document is wanted)
     */
    public FetchedBody get(URI start, String accept) {
        URI uri = start;
        for (int hop = 0; ; hop++) {
            guard.check(uri);
            Answer answer = once(uri, accept);
            int status = answer.response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException(
                            AddressGuard.shown(start) + " redirects more than " + settings.maxRedirects() + " times");
                }
                String location = answer.response
                        .headers()
                        .firstValue("Location")
                        .orElseThrow(() ->
                                new FetchException(AddressGuard.shown(start) + " redirects without saying where"));
                uri = next(uri, location);
                continue;
            }
            if (status != 200) {
                throw new FetchException(AddressGuard.shown(uri) + " answered HTTP " + status);
            }
            return new FetchedBody(
                    uri, answer.response.headers().firstValue("Content-Type").orElse(null), answer.body);
        }
    }

    private record Answer(HttpResponse<byte[]> response, byte[] body) {}

    private Answer once(URI uri, String accept) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept)
                .build();
        LimitedBody[] body = new LimitedBody[1];
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > settings.maxBytes() || info.statusCode() != 200) {
                return HttpResponse.BodySubscribers.replacing(declared > settings.maxBytes() ? TOO_LARGE : null);
            }
            body[0] = new LimitedBody(settings.maxBytes());
            return body[0];
        };
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request, handler);
        try {
            HttpResponse<byte[]> response = pending.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (response.body() == TOO_LARGE) {
                throw tooLarge(uri);
            }
            return new Answer(response, response.body() == null ? new byte[0] : response.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            if (body[0] != null) {
                body[0].cancel();
            }
            throw slow(uri);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("fetching " + AddressGuard.shown(uri) + " was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LimitedBody.TooLarge
                    || (cause != null && cause.getCause() instanceof LimitedBody.TooLarge)) {
                throw tooLarge(uri);
            }
            if (cause instanceof HttpTimeoutException) {
                throw slow(uri);
            }
            throw new FetchException("could not fetch " + AddressGuard.shown(uri) + ": " + reason(cause));
        }
    }

    private static final byte[] TOO_LARGE = new byte[0];

    private FetchException tooLarge(URI uri) {
        return new FetchException(
                AddressGuard.shown(uri) + " is larger than the " + settings.maxBytes() / 1024 + " KB limit");
    }

    private FetchException slow(URI uri) {
        return new FetchException(AddressGuard.shown(uri) + " did not answer within "
                + settings.readTimeout().toSeconds() + " s");
    }

    private static String reason(Throwable cause) {
        if (cause instanceof java.net.ConnectException) {
            return "the connection was refused";
        }
        if (cause instanceof IOException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return cause == null ? "unknown error" : cause.getClass().getSimpleName();
    }

    private static URI next(URI from, String location) {
        try {
            return from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(AddressGuard.shown(from) + " redirects to a malformed address");
        }
    }
}
