package org.frontlineatlas;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.theme.Theme;
import java.util.Map;
import org.frontlineatlas.cli.Cli;
import org.frontlineatlas.ui.reader.EventsPreload;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. A known subcommand (places, extract, import, bench) runs the command line without
 * starting Spring or the web server, so it starts in about a second; anything else starts the app.
 */
@SpringBootApplication
@Theme("atlas")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        // DatabasePathCheck (META-INF/spring.factories) turns atlas.db.path into the H2 URL first.
        SpringApplication.run(Application.class, args);
    }

    /**
     * The reader's map page asks for its first reports while the browser still loads the bundle
     * (see EventsPreload); crossorigin makes the preload's credentials those of the map's fetch().
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        VaadinService.getCurrent()
                .getInstantiator()
                .getOrCreate(EventsPreload.class)
                .firstRequest(settings.getRequest())
                .ifPresent(href -> settings.addLink(
                        Inline.Position.PREPEND,
                        href,
                        Map.of("rel", "preload", "as", "fetch", "crossorigin", "anonymous")));
    }
}
