package org.frontlineatlas;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.frontlineatlas.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. A known subcommand (places, extract, import, bench) runs the command line without
 * starting Spring or the web server, so it starts in about a second; anything else starts the app.
 */
@SpringBootApplication
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
