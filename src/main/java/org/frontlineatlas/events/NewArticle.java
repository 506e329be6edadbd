package org.frontlineatlas.events;

import java.time.LocalDate;
import org.apache.commons.codec.digest.DigestUtils;

/** An article about to be stored; its body's SHA-256 is what makes a second import of it a no-op. */
public record NewArticle(String title, String publisher, String sourceUrl, LocalDate publishedOn, String body) {

    public NewArticle {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the article is empty");
        }
        title = clip(title, 500);
        publisher = clip(publisher, 200);
        sourceUrl = SourceUrls.checked(sourceUrl);
    }

    public String sha256() {
        return DigestUtils.sha256Hex(body);
    }

    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
