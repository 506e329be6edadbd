package org.frontlineatlas.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Bytes of a web page to a jsoup document. The charset the server names is used when the bytes
 * really are in it; a missing, unknown or wrong one (a Ukrainian page in windows-1251 sent as
 * UTF-8) falls back to what the page says itself: its byte-order mark or {@code <meta charset>},
 * else UTF-8. Anything but HTML (images, PDF, binary) is refused before it is parsed.
 */
final class PageDecoder {

    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain", "");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    private PageDecoder() {}

    static Document decode(FetchedBody page) {
        if (!PAGE_TYPES.contains(page.mediaType())) {
            throw new FetchException(AddressGuard.shown(page.uri()) + " is not a web page (" + page.mediaType() + ")");
        }
        if (looksBinary(page.bytes())) {
            throw new FetchException(AddressGuard.shown(page.uri()) + " is not a text page (binary content)");
        }
        Charset declared = charsetOf(page.contentType());
        if (declared != null) {
            try {
                String text = declared.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(page.bytes()))
                        .toString();
                return Jsoup.parse(text, page.uri().toString());
            } catch (CharacterCodingException wrongCharset) {
                // fall through: the page's own declaration (or UTF-8) is the better guess
            }
        }
        try {
            return Jsoup.parse(
                    new ByteArrayInputStream(page.bytes()), null, page.uri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory
        }
    }

    /** NUL bytes or many control characters in the first kilobytes: not text in any charset a page uses. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }
}
