package org.frontlineatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLocationTest {

    @Test
    void relativePathsBecomeAbsoluteAndTheirFolderIsCreated(@TempDir Path dir) {
        Path prepared = DatabaseLocation.prepare(dir.resolve("nested/db/atlas").toString());

        assertThat(prepared).isAbsolute();
        assertThat(prepared.getParent()).isDirectory();
        assertThat(DatabaseLocation.jdbcUrl(prepared)).startsWith("jdbc:h2:file:/");
    }

    @Test
    void aPathUnderAFileCannotBeUsed(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(
                        () -> DatabaseLocation.prepare(blocker.resolve("atlas").toString()))
                .hasMessageContaining("cannot create database folder");
    }
}
