package org.frontlineatlas.ui.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.ingest.ArticleIntake;
import org.frontlineatlas.ingest.web.UrlIntake;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The editor page's "Fetch article" field: an address in, the article fetched and read on a thread
 * of its own (a slow site must not freeze the page), then reviewed like a pasted one. The fetch
 * runs with the editor's sign-in, taken from the page's session when the button is pressed.
 */
class FetchArticleBar extends HorizontalLayout {

    private final TextField address = new TextField();
    private final Button fetch = new Button();

    FetchArticleBar(
            UrlIntake urls,
            SecurityContextHolderStrategy security,
            Supplier<LocalDate> published,
            Supplier<String> publisher,
            Runnable started,
            BiConsumer<List<ArticleIntake.Review>, List<String>> done) {
        addClassName("fetch-article");
        address.setLabel(getTranslation("editor.fetch.label"));
        address.setPlaceholder("https://…");
        address.setWidth("36em");
        address.setClearButtonVisible(true);
        fetch.setText(getTranslation("editor.fetch.button"));
        fetch.addClickListener(e -> {
            String url = address.getValue().strip();
            if (url.isEmpty()) {
                done.accept(List.of(), List.of(getTranslation("editor.fetch.empty")));
                return;
            }
            fetch.setEnabled(false);
            started.run();
            UI ui = UI.getCurrent();
            SecurityContext signedIn = security.getContext();
            LocalDate day = published.get();
            String source = publisher.get();
            Thread worker = new Thread(
                    () -> {
                        security.setContext(signedIn);
                        try {
                            ArticleIntake.Review review = urls.ingest(url, day, source, EventStatus.PROPOSED);
                            finish(ui, () -> {
                                address.clear();
                                done.accept(List.of(review), List.of());
                            });
                        } catch (RuntimeException refused) { // a one-line reason for the editor
                            finish(ui, () -> done.accept(List.of(), List.of(url + ": " + refused.getMessage())));
                        } finally {
                            security.clearContext();
                        }
                    },
                    "editor-fetch");
            worker.setDaemon(true);
            worker.start();
        });
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(address, fetch);
    }

    // Vaadin hands a command that throws to the session's ErrorHandler, so the access Future has nothing left to tell.
    @SuppressWarnings("FutureReturnValueIgnored")
    private void finish(UI ui, Runnable show) {
        try {
            ui.access(() -> {
                fetch.setEnabled(true);
                show.run();
            });
        } catch (UIDetachedException gone) {
            // the editor left the page; the article is stored all the same
        }
    }
}
