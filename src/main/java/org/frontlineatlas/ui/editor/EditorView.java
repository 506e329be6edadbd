package org.frontlineatlas.ui.editor;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MultiFileMemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.frontlineatlas.editing.EventEditing;
import org.frontlineatlas.events.EditConflictException;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventSource;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.events.PinEvidence;
import org.frontlineatlas.i18n.ComponentTexts;
import org.frontlineatlas.i18n.UiText;
import org.frontlineatlas.ingest.ArticleIntake;
import org.frontlineatlas.ingest.ArticleSubmission;
import org.frontlineatlas.ingest.web.UrlIntake;
import org.frontlineatlas.input.Utf8Text;
import org.frontlineatlas.ui.map.EditorMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * /editor: fetch an article by its address, paste or upload articles, then review what the machine
 * found: the article with its places highlighted, the proposed markers on a map, and a list to
 * accept, correct or reject each proposal.
 */
@Route("editor")
@RolesAllowed({"EDITOR", "ADMIN"})
public class EditorView extends VerticalLayout implements HasDynamicTitle {

    private record Pending(String name, String text) {}

    private final ArticleIntake intake;
    private final EventEditing editing;
    private final EventService events;
    private final TextArea paste = new TextArea(t("ingest.text"));
    private final MultiFileMemoryBuffer buffer = new MultiFileMemoryBuffer();
    private final Upload upload = new Upload(buffer);
    private final List<Pending> pending = new ArrayList<>();
    private final DatePicker published = ComponentTexts.datePicker(new DatePicker(t("ingest.published")));
    private final TextField publisher = new TextField(t("ingest.publisher"));
    private final TextField sourceUrl = new TextField(t("form.sourceUrl"));
    private final Button extract = new Button(t("ingest.extract"));
    private final ProgressBar progress = new ProgressBar();
    private final Div progressText = new Div();
    private final Div messages = new Div();
    private final Select<ArticleIntake.Review> article = new Select<>();
    private final ArticleTextView articleText = new ArticleTextView();
    private final EditorMap map = new EditorMap();
    private final Grid<GeoEvent> proposals = new Grid<>();
    private final Map<Long, GeoEvent> shown = new LinkedHashMap<>();
    private final VerticalLayout review = new VerticalLayout();

    public EditorView(
            ArticleIntake intake,
            EventEditing editing,
            EventService events,
            AuthenticationContext authentication,
            UrlIntake urls,
            ObjectProvider<SecurityContextHolderStrategy> security) {
        this.intake = intake;
        this.editing = editing;
        this.events = events;
        addClassName("editor-view");

        paste.setWidthFull();
        paste.setHeight("10em");
        paste.setPlaceholder(t("ingest.placeholder"));
        ComponentTexts.upload(upload);
        upload.setMaxFileSize(Utf8Text.MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".html", ".htm");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(t("ingest.drop")));
        upload.addSucceededListener(e -> {
            try {
                byte[] bytes = buffer.getInputStream(e.getFileName()).readAllBytes();
                pending.add(new Pending(e.getFileName(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        upload.addFileRejectedListener(e -> message(e.getFileName() + ": "
                + (e.getErrorMessage().toLowerCase(Locale.ROOT).contains("too big")
                        ? t("ingest.tooBig")
                        : e.getErrorMessage())));
        upload.addFileRemovedListener(e -> pending.removeIf(p -> p.name().equals(e.getFileName())));
        published.setHelperText(t("ingest.publishedHelp"));
        published.setMin(GeoEvent.EARLIEST);
        published.setMax(GeoEvent.LATEST);
        sourceUrl.setPlaceholder("https://…");
        extract.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        extract.addClickListener(e -> startIngest());
        progress.setVisible(false);
        progressText.addClassName("ingest-progress");
        messages.addClassName("editor-message");
        messages.getElement().setAttribute("role", "alert");

        HorizontalLayout meta = new HorizontalLayout(published, publisher, sourceUrl, extract);
        meta.setAlignItems(FlexComponent.Alignment.BASELINE);
        meta.setWidthFull();
        publisher.setWidth("14em");
        sourceUrl.setWidth("22em");

        article.setLabel(t("ingest.article"));
        article.setItemLabelGenerator(r -> r.article().title() == null
                ? t("ingest.articleN", String.valueOf(r.articleId()))
                : r.article().title());
        article.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                articleText.show(e.getValue().article().text(), e.getValue().mentions());
            }
        });
        articleText.setHeightFull();
        map.setHeightFull();
        Div side = new Div(articleText, map);
        side.addClassName("editor-review");
        proposals.addColumn(GeoEvent::placeName).setHeader(t("ingest.place")).setAutoWidth(true);
        proposals
                .addColumn(ev -> UiText.date(ev.date()))
                .setHeader(t("form.date"))
                .setAutoWidth(true);
        proposals
                .addColumn(ev -> UiText.type(ev.type()))
                .setHeader(t("form.type"))
                .setAutoWidth(true);
        proposals.addColumn(GeoEvent::summary).setHeader(t("form.summary")).setFlexGrow(1);
        proposals
                .addColumn(ev -> UiText.status(ev.status()))
                .setHeader(t("admin.status"))
                .setAutoWidth(true);
        proposals.addColumn(this::why).setHeader(t("ingest.why")).setFlexGrow(1).setClassNameGenerator(ev -> "pin-why");
        proposals.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        proposals.setAllRowsVisible(true);
        proposals.addClassName("proposals");
        proposals.addItemClickListener(e -> map.select(e.getItem().id()));
        map.addMarkerClickListener(e -> {
            GeoEvent ev = shown.get(e.id());
            if (ev != null) {
                proposals.select(ev);
                map.select(ev.id());
            }
        });
        review.setPadding(false);
        review.add(article, side, proposals);
        review.setVisible(false);

        FetchArticleBar byUrl = new FetchArticleBar(
                urls,
                security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy),
                published::getValue,
                publisher::getValue,
                () -> {
                    messages.setText("");
                    progressText.setText(t("editor.fetch.busy"));
                },
                this::show);
        add(
                new EditorNav(t("nav.ingest"), authentication),
                byUrl,
                paste,
                upload,
                meta,
                progress,
                progressText,
                messages,
                review);
    }

    @Override
    public String getPageTitle() {
        return t("ingest.pageTitle");
    }

    /** Why the machine made this pin, from its first source that says (editors' pins have none). */
    private String why(GeoEvent e) {
        return events.sourcesOf(e.id()).stream()
                .map(EventSource::evidence)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(EditorView::describe)
                .orElse(t("why.none"));
    }

    static String describe(PinEvidence why) {
        String date = why.dateText() == null ? t("why.dateDefault") : t("why.date", why.dateText());
        return t("format.why", why.trigger(), t("why.rule." + why.placeRule().code()), why.placeText(), date);
    }

    private HorizontalLayout actions(GeoEvent e) {
        Button accept = new Button(t("ingest.accept"), click -> change(e, () -> editing.publish(e.id(), e.version())));
        accept.setEnabled(e.status() != EventStatus.PUBLISHED);
        Button correct = new Button(
                t("ingest.correct"),
                click -> new EventForm(t("ingest.correctTitle", e.placeName()), e, corrected -> save(e, corrected))
                        .open());
        Button reject = new Button(t("ingest.reject"), click -> change(e, () -> editing.reject(e.id(), e.version())));
        reject.setEnabled(e.status() != EventStatus.REJECTED);
        for (Button b : List.of(accept, correct, reject)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setAriaLabel(b.getText() + " " + e.placeName() + " " + UiText.date(e.date()));
        }
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(accept, correct, reject);
    }

    /** Saves a correction; returns the message for the dialog when refused. */
    private String save(GeoEvent before, GeoEvent corrected) {
        try {
            replace(editing.update(corrected));
            return null;
        } catch (EditConflictException conflict) {
            reload(before.id());
            return conflict.getMessage();
        } catch (AccessDeniedException denied) {
            return denied.getMessage();
        }
    }

    private void change(GeoEvent e, java.util.function.Supplier<GeoEvent> action) {
        try {
            replace(action.get());
            messages.setText("");
        } catch (EditConflictException conflict) {
            message(conflict.getMessage());
            reload(e.id());
        } catch (AccessDeniedException denied) {
            message(denied.getMessage());
        }
    }

    private void reload(long id) {
        events.get(id).ifPresentOrElse(this::replace, () -> {
            shown.remove(id);
            showEvents();
        });
    }

    private void replace(GeoEvent e) {
        shown.put(e.id(), e);
        showEvents();
    }

    private void showEvents() {
        proposals.setItems(new ArrayList<>(shown.values()));
        map.setEvents(shown.values(), ev -> false);
    }

    private void message(String text) {
        messages.setText(text); // text, never HTML
    }

    // Vaadin hands a command that throws to the session's ErrorHandler, so the access Future has nothing left to tell.
    @SuppressWarnings("FutureReturnValueIgnored")
    private void startIngest() {
        List<Pending> todo = new ArrayList<>();
        if (!paste.getValue().isBlank()) {
            todo.add(new Pending("pasted.txt", paste.getValue()));
        }
        todo.addAll(pending);
        if (todo.isEmpty()) {
            message(t("ingest.nothing"));
            return;
        }
        messages.setText("");
        extract.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(t("ingest.reading", todo.size()));
        UI ui = UI.getCurrent();
        ArticleSubmissionDefaults defaults =
                new ArticleSubmissionDefaults(published.getValue(), publisher.getValue(), sourceUrl.getValue());
        List<ArticleIntake.Review> done = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // One article per UI.access: the progress bar is pushed after each, and each ingest runs
        // with the session's sign-in (the security context lives in the Vaadin session).
        Thread worker = new Thread(
                () -> {
                    for (int i = 0; i < todo.size(); i++) {
                        Pending p = todo.get(i);
                        int n = i + 1;
                        try {
                            ui.access(() -> {
                                        try {
                                            done.add(intake.ingest(
                                                    defaults.submission(p.name(), p.text()), EventStatus.PROPOSED));
                                        } catch (RuntimeException refused) { // one bad file must not stop the batch
                                            problems.add(p.name() + ": " + refused.getMessage());
                                        }
                                        progress.setValue((double) n / todo.size());
                                        progressText.setText(ui.getTranslation("ingest.progress", n, todo.size()));
                                    })
                                    .get();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } catch (ExecutionException | com.vaadin.flow.component.UIDetachedException e) {
                            return;
                        }
                    }
                    ui.access(() -> finish(done, problems));
                },
                "editor-ingest");
        worker.setDaemon(true);
        worker.start();
    }

    private void finish(List<ArticleIntake.Review> done, List<String> problems) {
        extract.setEnabled(true);
        progress.setVisible(false);
        pending.clear();
        upload.clearFileList();
        if (!done.isEmpty()) {
            paste.clear();
        }
        show(done, problems);
    }

    /** Shows what an ingest (pasted, uploaded or fetched) found, and why any article was refused. */
    private void show(List<ArticleIntake.Review> done, List<String> problems) {
        messages.removeAll();
        problems.forEach(p -> messages.add(new Paragraph(p)));
        if (done.isEmpty()) {
            progressText.setText(t("ingest.noneStored"));
            return;
        }
        int found = done.stream().mapToInt(r -> r.events().size()).sum();
        long dupes = done.stream().filter(ArticleIntake.Review::duplicate).count();
        progressText.setText(t("ingest.done", done.size(), found) + (dupes > 0 ? " " + t("ingest.dupes", dupes) : ""));
        shown.clear();
        done.forEach(r -> r.events().forEach(e -> shown.put(e.id(), e)));
        article.setItems(done);
        article.setValue(done.get(0));
        article.setVisible(done.size() > 1);
        review.setVisible(true);
        showEvents();
    }

    /** What the editor typed once for every article of this batch. */
    private record ArticleSubmissionDefaults(java.time.LocalDate published, String publisher, String url) {
        ArticleSubmission submission(String name, String text) {
            return new ArticleSubmission(text, name, published, publisher, url);
        }
    }
}
