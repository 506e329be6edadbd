package org.frontlineatlas.extraction;

import java.nio.file.Path;
import org.frontlineatlas.input.UnreadableInputException;
import org.frontlineatlas.input.Utf8Text;

/**
 * An article is UTF-8 text ({@link Utf8Text}: one size limit, one set of messages) that is not mostly
 * control characters; refusals are {@link InvalidArticleException}s.
 */
public final class ArticleReader {

    private ArticleReader() {}

    public static String read(Path file) {
        try {
            return notBinary(Utf8Text.read(file), file.toString());
        } catch (UnreadableInputException e) {
            throw new InvalidArticleException(e.getMessage());
        }
    }

    /** Decodes bytes as an article's text; {@code name} only labels the error messages. */
    public static String decode(byte[] bytes, String name) {
        try {
            return notBinary(Utf8Text.decode(bytes, name), name);
        } catch (UnreadableInputException e) {
            throw new InvalidArticleException(e.getMessage());
        }
    }

    // Valid UTF-8 can still be a binary format: more than one character in a hundred a control one.
    private static String notBinary(String text, String name) {
        long control = text.chars()
                .filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        if (control > text.length() / 100 + 2) {
            throw new InvalidArticleException(name + " is binary, not text");
        }
        return text;
    }
}
