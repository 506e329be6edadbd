package org.frontlineatlas.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.frontlineatlas.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fetching and reading news pages from a local site, friendly and hostile. */
class ArticleFetcherTest {

    @RegisterExtension
    static final FixtureSite site = FixtureSite.start();

    private static final FetchSettings LOCAL =
            new FetchSettings(true, Duration.ofSeconds(2), Duration.ofSeconds(3), 1024 * 1024, 5, "test");
    private static final ArticleFetcher fetcher = new ArticleFetcher(new PageFetcher(LOCAL));

    @Test
    void aNewsPageGivesItsReportWithoutNavigationAdsOrComments() {
        WebArticle a = fetcher.fetch(site.url("/news/kupiansk-depot?utm_source=feed#top"));
        assertThat(a.title()).isEqualTo("Drone attack damages rail depot in Kupiansk");
        assertThat(a.siteName()).isEqualTo("Eastern Wire");
        assertThat(a.published()).contains(LocalDate.parse("2023-03-14")); // JSON-LD, in its @graph
        assertThat(a.canonicalUrl()).isEqualTo(site.url("/news/kupiansk-depot"));
        assertThat(a.text())
                .contains(
                        "Russian drones struck a rail depot in Kupiansk",
                        "Kivsharivka",
                        "shot down three drones",
                        "signalling equipment near the station");
        assertThat(a.text())
                .doesNotContain(
                        "Odesa",
                        "Kherson",
                        "Lviv",
                        "Mykolaiv",
                        "Nikopol",
                        "Bakhmut",
                        "Zaporizhzhia",
                        "trackPageView",
                        "Privacy");
        // What an editor copying the article would paste, paragraph for paragraph.
        assertThat(a.text()).isEqualToIgnoringWhitespace(FixtureSite.resource("kupiansk-depot.txt"));
    }

    @Test
    void thePublicationDateComesFromMetaTagsJsonLdOrTimeElements() {
        assertThat(fetcher.fetch(site.url("/news/scripts")).published()).contains(LocalDate.parse("2023-04-02"));
        assertThat(
                        PageMetadata.published(
                                org.jsoup.Jsoup.parse(
                                        "<html><body><article><time datetime=\"2022-05-16T12:00\">16 May</time><p>x</p></article></body></html>")))
                .contains(LocalDate.parse("2022-05-16"));
        assertThat(PageMetadata.published(org.jsoup.Jsoup.parse(
                        "<script type=\"application/ld+json\">{broken</script><script type=\"application/ld+json\">"
                                + "[{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-02-01\"}]</script>")))
                .contains(LocalDate.parse("2024-02-01"));
    }

    @Test
    void scriptsAndMarkupNeverReachTheText() {
        String text = fetcher.fetch(site.url("/news/scripts")).text();
        assertThat(text).doesNotContain("window.hacked", "onerror", "<img");
        assertThat(text).contains("Classes had already moved online");
        // Angle brackets the article quotes are its words, kept as plain text (shown escaped).
        assertThat(text).contains("<script>alert(1)</script> is what a pupil typed");
    }

    @Test
    void aPageInWindows1251SentAsUtf8IsReadInItsOwnCharset() {
        WebArticle a = fetcher.fetch(site.url("/news/cp1251"));
        assertThat(a.title()).isEqualTo("Обстріл Куп'янська");
        assertThat(a.text()).contains("Російські війська обстріляли Куп'янськ");
        assertThat(fetcher.fetch(site.url("/news/unknown-charset")).text())
                .contains("Russian artillery shelled a school");
    }

    @Test
    void hostileAnswersGetAOneLineReason() {
        assertThatThrownBy(() -> fetcher.fetch(site.url("/huge")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("larger than the 1024 KB limit");
        long started = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(site.url("/slow")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("did not answer within 3 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        assertThatThrownBy(() -> fetcher.fetch(site.url("/loop")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("redirects more than 5 times");
        assertThat(site.hits("/loop")).isEqualTo(6);
        assertThatThrownBy(() -> fetcher.fetch(site.url("/to-ftp")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> fetcher.fetch(site.url("/binary")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("is not a web page (image/png)");
        assertThatThrownBy(() -> fetcher.fetch(site.url("/binary-as-html")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("binary content");
        assertThatThrownBy(() -> fetcher.fetch(site.url("/nowhere")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("answered HTTP 404");
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("only http and https");
    }

    @Test
    void withoutAllowPrivateLoopbackPrivateAndMetadataAddressesAreRefusedBeforeAnyConnection() {
        ArticleFetcher guarded = new ArticleFetcher(new PageFetcher(
                new FetchSettings(false, Duration.ofSeconds(2), Duration.ofSeconds(3), 1024 * 1024, 5, "test")));
        int before = site.hits("/news/kupiansk-depot");
        for (String url : new String[] {
            site.url("/news/kupiansk-depot").toString(),
            "http://localhost:" + site.url("/").getPort() + "/news/kupiansk-depot",
            "http://10.1.2.3/",
            "http://172.16.0.1/",
            "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/",
            "http://[fd00::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://0.0.0.0/",
            "http://2130706433/"
        }) {
            assertThatThrownBy(() -> guarded.fetch(URI.create(url)))
                    .as(url)
                    .isInstanceOf(FetchException.class)
                    .hasMessageContaining("refused");
        }
        assertThat(site.hits("/news/kupiansk-depot")).isEqualTo(before);
    }
}
