package org.frontlineatlas.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Files and uploads read as UTF-8 text, refusing what is not text: missing, empty, binary, too large. */
public final class Utf8Text {

    /** The largest text accepted, in bytes: no news article or area file is this long, and memory stays bounded. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private Utf8Text() {}

    public static String read(Path file) {
        try {
            if (!Files.exists(file)) {
                throw new UnreadableInputException("no such file: " + file);
            }
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new UnreadableInputException("not a readable file: " + file);
            }
            checkSize(Files.size(file), file.toString());
            return decode(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("no such file: " + file);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Refuses oversized input before anything is read or parsed; {@code name} labels the message. */
    public static void checkSize(long bytes, String name) {
        if (bytes > MAX_BYTES) {
            throw new TooLargeInputException(String.format(
                    java.util.Locale.ROOT,
                    "%s is too large: %.1f MB, the limit is %d MB",
                    name,
                    bytes / 1048576.0,
                    MAX_BYTES / 1048576));
        }
    }

    /** Reads at most the size limit, so a huge body is refused without being held in memory. */
    public static byte[] readBounded(java.io.InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        checkSize(bytes.length, name);
        return bytes;
    }

    /** Decodes bytes as UTF-8 (a byte-order mark dropped); {@code name} only labels the messages. */
    public static String decode(byte[] bytes, String name) {
        checkSize(bytes.length, name);
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableInputException(name + " is binary, not text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(name + " is not UTF-8 text (binary or another encoding)");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableInputException(name + " is empty");
        }
        return text;
    }
}
