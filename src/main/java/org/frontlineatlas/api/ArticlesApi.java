package org.frontlineatlas.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.extraction.ArticleReader;
import org.frontlineatlas.extraction.InvalidArticleException;
import org.frontlineatlas.ingest.ArticleIntake;
import org.frontlineatlas.ingest.ArticleSubmission;
import org.frontlineatlas.ingest.web.UrlIntake;
import org.frontlineatlas.input.IsoDay;
import org.frontlineatlas.input.Utf8Text;
import org.frontlineatlas.reading.EventGeoJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * POST /api/articles (editors): an article in, its events out. JSON {text, published, publisher, url,
 * publish} (with {@code url} alone, no text, the app fetches the article from that address) or multipart (one or more {@code file} parts, .txt/.md/.html, plus the same fields).
 * All articles of one request are stored together or not at all. Events are PROPOSED for review
 * unless publish=true. Answers 201 with each article and its events as a GeoJSON FeatureCollection.
 */
@RestController
@RequestMapping("/api")
public class ArticlesApi {

    private final ArticleIntake intake;
    private final UrlIntake urls;

    public ArticlesApi(ArticleIntake intake, UrlIntake urls) {
        this.intake = intake;
        this.urls = urls;
    }

    public record ArticleRequest(
            String text, String name, String published, String publisher, String url, Boolean publish) {}

    @PostMapping(value = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> json(@RequestBody ArticleRequest request) {
        if (request == null
                || ((request.text() == null || request.text().isBlank())
                        && (request.url() == null || request.url().isBlank()))) {
            throw new InvalidArticleException("text or url is required");
        }
        if (request.text() == null || request.text().isBlank()) { // a link alone: fetch the article
            return answer(List.of(urls.ingest(
                    request.url(), date(request.published()), request.publisher(), status(request.publish()))));
        }
        ArticleSubmission s = new ArticleSubmission(
                request.text(),
                request.name() == null ? "article.txt" : request.name(),
                date(request.published()),
                request.publisher(),
                request.url());
        return answer(intake.ingestAll(List.of(s), status(request.publish())));
    }

    @PostMapping(value = "/articles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> files(
            @RequestParam("file") List<MultipartFile> files,
            @RequestParam(required = false) String published,
            @RequestParam(required = false) String publisher,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) Boolean publish)
            throws IOException {
        LocalDate day = date(published);
        List<ArticleSubmission> submissions = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename();
            ArticleIntake.checkFileName(name);
            Utf8Text.checkSize(file.getSize(), name);
            submissions.add(
                    new ArticleSubmission(ArticleReader.decode(file.getBytes(), name), name, day, publisher, url));
        }
        return answer(intake.ingestAll(submissions, status(publish)));
    }

    private static ResponseEntity<Map<String, Object>> answer(List<ArticleIntake.Review> reviews) {
        List<Map<String, Object>> articles = reviews.stream()
                .map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", r.articleId());
                    m.put("title", r.article().title());
                    m.put("duplicate", r.duplicate());
                    m.put("events", EventGeoJson.featureCollection(r.events()));
                    return m;
                })
                .toList();
        boolean created = reviews.stream().anyMatch(r -> !r.duplicate());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("articles", articles));
    }

    private static EventStatus status(Boolean publish) {
        return Boolean.TRUE.equals(publish) ? EventStatus.PUBLISHED : EventStatus.PROPOSED;
    }

    private static LocalDate date(String text) {
        try {
            return IsoDay.parseOptional("published", text, 2014, 2100);
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException(e.getMessage());
        }
    }
}
