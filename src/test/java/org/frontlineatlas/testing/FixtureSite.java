package org.frontlineatlas.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A news site on localhost for the intake tests: real-looking article pages and feeds (fixtures in
 * src/test/resources/intake and made here), and hostile answers: huge, slow, endless redirects,
 * binary, a wrong charset. Counts the requests per path, so a test can tell nothing was fetched.
 */
public final class FixtureSite implements AutoCloseable, AfterAllCallback {

    /** Places the feed's items report on, one a day from {@link #FIRST_ITEM_DAY}. */
    public static final List<String> ITEM_PLACES = List.of(
            "Kupiansk",
            "Izium",
            "Lyman",
            "Bakhmut",
            "Avdiivka",
            "Vuhledar",
            "Kherson",
            "Nikopol",
            "Orikhiv",
            "Siversk");

    public static final LocalDate FIRST_ITEM_DAY = LocalDate.parse("2023-01-02");
    /** Items of the feed whose page is gone (404): their text comes from the feed itself. */
    public static final int FIRST_GONE_ITEM = 49;

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile String wireFeedTitle = "Eastern Wire: front line";

    public FixtureSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fixture-site");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::answer);
        server.start();
    }

    /**
     * A site for a test class: {@code @RegisterExtension static final FixtureSite site = FixtureSite.start();}
     * starts it with the class and stops it after the class's last test.
     */
    public static FixtureSite start() {
        try {
            return new FixtureSite();
        } catch (IOException e) {
            throw new UncheckedIOException("the fixture site could not open a port on loopback", e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public static String resource(String name) {
        try (InputStream in = FixtureSite.class.getResourceAsStream("/intake/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (x) {
            switch (path) {
                case "/news/kupiansk-depot" ->
                    send(x, 200, "text/html; charset=utf-8", resource("kupiansk-depot.html"));
                case "/news/scripts" -> send(x, 200, "text/html", resource("scripts.html"));
                case "/news/cp1251" ->
                    send(x, 200, "text/html; charset=utf-8", cp1251Page(), Charset.forName("windows-1251"));
                case "/news/unknown-charset" ->
                    send(x, 200, "text/html; charset=x-no-such-charset", resource("scripts.html"));
                case "/huge" -> huge(x);
                case "/slow" -> slow(x);
                case "/loop" -> redirect(x, "/loop");
                case "/to-ftp" -> redirect(x, "ftp://127.0.0.1/secret");
                case "/binary" -> sendBytes(x, 200, "image/png", png());
                case "/binary-as-html" -> sendBytes(x, 200, "text/html", png());
                case "/feeds/wire.xml" -> send(x, 200, "application/rss+xml; charset=utf-8", wireFeed(50));
                case "/feeds/garbage.xml" -> sendBytes(x, 200, "application/rss+xml", png());
                case "/feeds/hang.xml" -> slow(x);
                default -> {
                    if (path.startsWith("/items/")) {
                        int n = Integer.parseInt(path.substring("/items/".length()));
                        send(x, 200, "text/html; charset=utf-8", itemPage(n));
                    } else {
                        send(x, 404, "text/html", "<html><body><h1>Not found</h1></body></html>");
                    }
                }
            }
        } catch (IOException clientWentAway) {
            // the fetcher gave up on purpose (too large, too slow)
        }
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        send(x, status, type, body, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange x, int status, String type, String body, Charset charset) throws IOException {
        sendBytes(x, status, type, body.getBytes(charset));
    }

    private static void sendBytes(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        x.getResponseBody().write(body);
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        x.sendResponseHeaders(302, -1);
    }

    /** An endless page with no length given: 64 KB chunks until the reader hangs up (or 200 MB). */
    private static void huge(HttpExchange x) throws IOException {
        x.getResponseHeaders().set("Content-Type", "text/html");
        x.sendResponseHeaders(200, 0);
        OutputStream out = x.getResponseBody();
        byte[] chunk =
                "<p>Filler paragraph of an endless page.</p>\n".repeat(1500).getBytes(StandardCharsets.UTF_8);
        out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
        for (long sent = 0; sent < 200L * 1024 * 1024; sent += chunk.length) {
            out.write(chunk);
        }
    }

    /** Sends the headers and then a byte every two seconds. */
    private static void slow(HttpExchange x) throws IOException {
        x.getResponseHeaders().set("Content-Type", "text/html");
        x.sendResponseHeaders(200, 0);
        OutputStream out = x.getResponseBody();
        try {
            for (int i = 0; i < 60; i++) {
                out.write(' ');
                out.flush();
                Thread.sleep(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] png() {
        byte[] b = new byte[8192];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(head, 0, b, 0, head.length);
        for (int i = head.length; i < b.length; i++) {
            b[i] = (byte) (i * 31 % 251);
        }
        return b;
    }

    /** A Ukrainian page in windows-1251 that says so in its meta tag while the server claims UTF-8. */
    static String cp1251Page() {
        return """
                <!DOCTYPE html><html lang="uk"><head><meta charset="windows-1251">
                <title>Обстріл Куп'янська</title>
                <meta property="article:published_time" content="2023-03-14T10:00:00+02:00"></head>
                <body><article><h1>Обстріл Куп'янська</h1>
                <p>Російські війська обстріляли Куп'янськ у понеділок, повідомила обласна військова адміністрація.</p>
                <p>Пошкоджено склад і кілька житлових будинків, двоє працівників дістали поранення.</p>
                <p>Рятувальники працювали на місці до ранку, гасячи пожежу на території складу.</p>
                </article></body></html>""";
    }

    public static LocalDate itemDay(int n) {
        return FIRST_ITEM_DAY.plusDays(n - 1);
    }

    public static String itemPlace(int n) {
        return ITEM_PLACES.get((n - 1) % ITEM_PLACES.size());
    }

    private static String itemText(int n) {
        LocalDate day = itemDay(n);
        String date = day.getDayOfMonth() + " "
                + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + day.getYear();
        return "<p>On " + date + " Russian artillery shelled " + itemPlace(n) + ", damaging a school and "
                + (n + 2) + " houses, local officials said.</p>"
                + "<p>Report number " + n + " of the wire's front-line digest; residents were told to stay in shelters "
                + "while crews cleared the streets and restored power to the affected districts.</p>";
    }

    private static String itemPage(int n) {
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>%s: front-line digest %d</title>
                <meta property="og:site_name" content="Eastern Wire">
                <meta property="article:published_time" content="%sT08:00:00Z"></head>
                <body><nav><a href="/">Home</a> <a href="/news/odesa">Missile strike hits the port of Odesa</a></nav>
                <article><h1>%s: front-line digest %d</h1>%s</article>
                <section class="comments"><p>Explosions heard in Mykolaiv again on Sunday.</p></section></body></html>""".formatted(itemPlace(n), n, itemDay(n), itemPlace(n), n, itemText(n));
    }

    /** An RSS feed of {@code count} items; the last two link to pages that are gone. */
    String wireFeed(int count) {
        StringBuilder items = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            String link = n >= FIRST_GONE_ITEM
                    ? url("/gone/" + n).toString()
                    : url("/items/" + n).toString();
            items.append("""
                    <item><title>%s: front-line digest %d</title><link>%s</link>
                    <guid isPermaLink="false">wire-digest-%d</guid>
                    <pubDate>%s</pubDate>
                    <description><![CDATA[%s]]></description></item>
                    """.formatted(
                            itemPlace(n),
                            n,
                            link,
                            n,
                            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                    itemDay(n).atTime(8, 0).atZone(java.time.ZoneOffset.UTC)),
                            itemText(n)));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>%s</link>
                <description>Front-line reports</description>
                %s</channel></rss>""".formatted(wireFeedTitle, url("/"), items);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
