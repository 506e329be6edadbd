package org.frontlineatlas.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** What an editor does on /editor/pin to pin a report, for browser tests. */
public final class PinPage {

    private PinPage() {}

    /** On an open /editor/pin page: clicks the map, fills the dialog (date as the picker takes it, M/D/YYYY) and saves. */
    public static void pinByClickingTheMap(Page page, String place, String date, String summary) {
        Locator map = page.locator("atlas-editor-map[data-basemap=ready] .atlas-editor-canvas");
        assertThat(map).isVisible();
        map.click(new Locator.ClickOptions().setPosition(200, 200));
        Locator pin = page.locator("vaadin-dialog-overlay");
        pin.getByLabel("Place name").fill(place);
        Locator day = pin.getByLabel("Date", new Locator.GetByLabelOptions().setExact(true));
        day.fill(date);
        day.press("Enter");
        pin.getByLabel("Summary").fill(summary);
        pin.getByText("Save").click();
        assertThat(pin).hasCount(0);
    }
}
