package org.frontlineatlas.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Blocking HTTP/1.1 calls for the load bench, one caller thread per simulated person. Uses
 * HttpURLConnection (keep-alive pooled per JVM) rather than java.net.http.HttpClient, whose single
 * selector thread per client would sit between 200 readers and the server and bill its own queueing
 * to the app. Asks for gzip like a browser, so the server compresses as it would for one.
 */
final class LoopbackHttp {

    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int READ_TIMEOUT_MS = 30_000;

    static {
        // The JDK keeps only 5 idle connections per host by default: with 200 readers most requests
        // would open a new connection. Read once, when the keep-alive cache is first used.
        System.setProperty("http.maxConnections", "512");
    }

    /** A finished exchange: status, the headers asked for, bytes read, and the body's text when kept. */
    record Answer(int status, Map<String, String> headers, long bytes, String text) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final byte[] buffer = new byte[64 * 1024];

    /**
     * GET, reading every byte of the body off the connection but inflating only its head: the
     * answer's text is the first 128 bytes of JSON, where /api/events says whether it was truncated,
     * which is all a reader's loop needs to choose its next request. A browser inflates the rest on
     * its own machine; here the client shares the server's two cores, so it inflates no more than it
     * needs. {@code bytes} counts what came over the wire (gzipped).
     */
    Answer getHead(String url) throws IOException {
        HttpURLConnection c = open("GET", url, Map.of());
        int status = c.getResponseCode();
        InputStream raw = status >= 400 ? c.getErrorStream() : c.getInputStream();
        if (raw == null) {
            return new Answer(status, Map.of(), 0, "");
        }
        try (CountingInput counted = new CountingInput(raw)) {
            InputStream body =
                    "gzip".equalsIgnoreCase(c.getContentEncoding()) ? new GZIPInputStream(counted, 512) : counted;
            byte[] head = new byte[128];
            int length = 0;
            for (int n; length < head.length && (n = body.read(head, length, head.length - length)) > 0; ) {
                length += n;
            }
            // Drain the rest raw, to the end, so the connection goes back to the keep-alive pool.
            while (counted.read(buffer) > 0) {
                // counted
            }
            return new Answer(status, Map.of(), counted.count, new String(head, 0, length, StandardCharsets.UTF_8));
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingInput extends java.io.FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }

    /** Any method; keeps the body's text and the named response headers. */
    Answer call(
            String method,
            String url,
            Map<String, String> requestHeaders,
            String contentType,
            String body,
            String... keepHeaders)
            throws IOException {
        HttpURLConnection c = open(method, url, requestHeaders);
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", contentType);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            c.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = c.getResponseCode();
        Map<String, String> headers = new java.util.HashMap<>();
        for (String name : keepHeaders) {
            String value = c.getHeaderField(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        // Set-Cookie may come more than once; the session cookie is the one that matters here.
        for (int i = 1; c.getHeaderFieldKey(i) != null; i++) {
            if (c.getHeaderFieldKey(i).equalsIgnoreCase("Set-Cookie")
                    && c.getHeaderField(i).startsWith("JSESSIONID=")) {
                headers.put("Set-Cookie", c.getHeaderField(i));
            }
        }
        try (InputStream in = body(c, status)) {
            byte[] bytes = in.readAllBytes();
            return new Answer(status, headers, bytes.length, new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static HttpURLConnection open(String method, String url, Map<String, String> headers) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(CONNECT_TIMEOUT_MS);
        c.setReadTimeout(READ_TIMEOUT_MS);
        c.setUseCaches(false);
        c.setRequestProperty("Accept-Encoding", "gzip");
        headers.forEach(c::setRequestProperty);
        return c;
    }

    /** The body stream (the error stream for 4xx/5xx, so the connection can be reused), inflated. */
    private static InputStream body(HttpURLConnection c, int status) throws IOException {
        InputStream raw = status >= 400 ? c.getErrorStream() : c.getInputStream();
        if (raw == null) {
            return InputStream.nullInputStream();
        }
        return "gzip".equalsIgnoreCase(c.getContentEncoding()) ? new GZIPInputStream(raw, 16 * 1024) : raw;
    }
}
