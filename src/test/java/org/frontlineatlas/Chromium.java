package org.frontlineatlas;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium as Playwright drives it here: headless, and with background networking off
 * (this machine's network is closed; Chromium's own connections would only be refused).
 */
public final class Chromium {

    public static final Path EXECUTABLE = Path.of(System.getProperty("atlas.chromium", "/usr/bin/chromium"));

    private Chromium() {}

    public static Browser launch(Playwright playwright) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(
                    "Chromium not found at " + EXECUTABLE + ": apt-get install chromium (or set -Datlas.chromium)");
        }
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }
}
