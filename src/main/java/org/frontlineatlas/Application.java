package org.frontlineatlas;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.frontlineatlas.cli.Cli;
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
}
