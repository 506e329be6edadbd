package org.frontlineatlas.extraction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an article file as UTF-8 text, refusing what is not one: missing, empty, binary, too large. */
public final class ArticleReader {

    /** Larger files are refused: no news article is this long, and it keeps memory bounded. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private ArticleReader() {
    }

    public static String read(Path file) {
        try {
            if (!Files.exists(file)) {
                throw new InvalidArticleException("no such file: " + file);
            }
            if (!Files.isRegularFile(file)) {
                throw new InvalidArticleException("not a regular file: " + file);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidArticleException(file + " is " + size / (1024 * 1024) + " MB, over the 10 MB limit");
            }
            return decode(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidArticleException("no such file: " + file);
        } catch (IOException e) {
            throw new InvalidArticleException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Decodes bytes as UTF-8 text; {@code name} only labels the error messages. */
    public static String decode(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidArticleException(name + " is over the 10 MB limit");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InvalidArticleException(name + " is binary, not text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(name + " is not UTF-8 text (binary or another encoding)");
        }
        if (text.isBlank()) {
            throw new InvalidArticleException(name + " is empty");
        }
        long control = text.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > text.length() / 100 + 2) {
            throw new InvalidArticleException(name + " is binary, not text");
        }
        return text;
    }
}
