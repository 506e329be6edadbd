package org.frontlineatlas.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8TextTest {

    @TempDir
    Path dir;

    @Test
    void textIsDecodedWithItsByteOrderMarkDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'K', 'y', 'i', 'v'};
        assertThat(Utf8Text.decode(bom, "a.txt")).isEqualTo("Kyiv");
        assertThat(Utf8Text.decode("Бахмут".getBytes(StandardCharsets.UTF_8), "b.txt"))
                .isEqualTo("Бахмут");
    }

    @Test
    void whatIsNotTextIsRefusedWithItsName() {
        assertThatThrownBy(() -> Utf8Text.decode(new byte[] {'a', 0, 'b'}, "photo.jpg"))
                .hasMessage("photo.jpg is binary, not text");
        assertThatThrownBy(() -> Utf8Text.decode(new byte[] {'c', (byte) 0xE9}, "latin1.txt"))
                .hasMessage("latin1.txt is not UTF-8 text (binary or another encoding)");
        assertThatThrownBy(() -> Utf8Text.decode(" \n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .hasMessage("blank.txt is empty");
        assertThatThrownBy(() -> Utf8Text.read(dir.resolve("missing.txt"))).hasMessageStartingWith("no such file: ");
        assertThatThrownBy(() -> Utf8Text.read(dir)).hasMessageStartingWith("not a readable file: ");
    }

    @Test
    void oneSizeLimitForFilesBodiesAndBytes() throws Exception {
        Path huge = dir.resolve("huge.txt");
        Files.write(huge, new byte[Utf8Text.MAX_BYTES + 1]);
        assertThatThrownBy(() -> Utf8Text.read(huge)).hasMessageEndingWith("is too large: 10.0 MB, the limit is 10 MB");
        assertThatThrownBy(() -> Utf8Text.readBounded(
                        new ByteArrayInputStream(new byte[Utf8Text.MAX_BYTES + 5]), "the request body"))
                .hasMessage("the request body is too large: 10.0 MB, the limit is 10 MB");
        assertThat(Utf8Text.readBounded(new ByteArrayInputStream(new byte[3]), "small"))
                .hasSize(3);
    }
}
