package org.frontlineatlas.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.frontlineatlas.ingest.feeds.Feed;
import org.frontlineatlas.ingest.feeds.FeedService;
import org.springframework.security.access.AccessDeniedException;

/**
 * /editor/feeds: the RSS and Atom feeds the newsroom follows, each with how its last poll went
 * (when, what failed, how many items it brought); editors add and remove feeds, and only an admin
 * lets a feed's reports be published without review.
 * <p>
 * Built only of components the committed production bundle loads on every page (text fields,
 * buttons, plain HTML): a new route gets no lazily loaded chunk of its own from that bundle, so a
 * grid or an integer field here would stay an empty, undefined element until the bundle is rebuilt.
 */
@Route("editor/feeds")
@RolesAllowed({"EDITOR", "ADMIN"})
public class FeedsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final FeedService feeds;
    private final boolean admin;
    private final TextField url = new TextField();
    private final TextField interval = new TextField();
    private final UnorderedList list = new UnorderedList();
    private final Div messages = new Div();

    public FeedsView(FeedService feeds, AuthenticationContext authentication) {
        this.feeds = feeds;
        this.admin = authentication.hasRole("ADMIN");
        addClassName("feeds-view");
        url.setLabel(getTranslation("feeds.url"));
        url.setPlaceholder("https://…/rss.xml");
        url.setWidth("32em");
        interval.setLabel(getTranslation("feeds.interval"));
        interval.setValue("30");
        interval.setWidth("10em");
        Button add = new Button(getTranslation("feeds.add"), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button refresh = new Button(getTranslation("feeds.refresh"), e -> refresh());
        HorizontalLayout form = new HorizontalLayout(url, interval, add, refresh);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        messages.addClassName("editor-message");
        messages.getElement().setAttribute("role", "alert");

        list.addClassName("feeds");
        list.getElement().setAttribute("aria-label", getTranslation("feeds.title"));

        add(new EditorNav(getTranslation("feeds.title"), authentication), form, messages, list);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feeds.pageTitle");
    }

    private void add() {
        try {
            feeds.add(url.getValue(), minutes(interval.getValue()));
            url.clear();
            messages.setText(getTranslation("feeds.added"));
            refresh();
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            messages.setText(refused.getMessage()); // text, never HTML
        }
    }

    private int minutes(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(getTranslation("feeds.interval.invalid"));
        }
    }

    private void refresh() {
        list.removeAll();
        for (Feed f : feeds.list()) {
            list.add(item(f));
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("feeds.none")));
        }
    }

    /** One feed and its status, as plain text (no HTML from the feed is ever interpreted). */
    private ListItem item(Feed f) {
        Span name = new Span(f.name());
        name.addClassName("feed-name");
        Span address = new Span(f.url());
        address.addClassName("feed-url");
        Span state = new Span(status(f));
        state.addClassName(f.lastError() == null ? "feed-status" : "feed-status feed-failing");
        Span figures = new Span(getTranslation(
                "feeds.figures",
                when(f.lastPolledAt()),
                f.itemsTaken(),
                when(f.nextPollAt()),
                getTranslation(f.autoPublish() ? "feeds.autoPublish.on" : "feeds.autoPublish.off")));
        ListItem item = new ListItem(name, address, state, figures, actions(f));
        item.addClassName("feed");
        return item;
    }

    private String status(Feed f) {
        if (f.lastError() != null) {
            return getTranslation("feeds.failing", f.failures(), f.lastError());
        }
        return f.lastPolledAt() == null ? getTranslation("feeds.waiting") : getTranslation("feeds.ok");
    }

    private String when(Instant at) {
        return at == null ? getTranslation("feeds.never") : WHEN.format(at);
    }

    /** Only an admin may let a feed's reports be published without review; editors do not see the switch. */
    private Button autoPublishSwitch(Feed f) {
        Button b = new Button(
                getTranslation(f.autoPublish() ? "feeds.autoPublish.turnOff" : "feeds.autoPublish.turnOn"), e -> {
                    try {
                        feeds.setAutoPublish(f.id(), !f.autoPublish());
                    } catch (AccessDeniedException denied) {
                        messages.setText(denied.getMessage());
                    }
                    refresh();
                });
        b.setVisible(admin);
        return b;
    }

    private HorizontalLayout actions(Feed f) {
        Button now = new Button(getTranslation("feeds.pollNow"), e -> {
            feeds.pollSoon(f.id());
            messages.setText(getTranslation("feeds.pollSoon", f.name()));
            refresh();
        });
        Button remove = new Button(getTranslation("feeds.remove"), e -> {
            feeds.remove(f.id());
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button autoPublish = autoPublishSwitch(f);
        for (Button b : new Button[] {now, remove, autoPublish}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setAriaLabel(b.getText() + " " + f.name());
        }
        return new HorizontalLayout(now, remove, autoPublish);
    }
}
