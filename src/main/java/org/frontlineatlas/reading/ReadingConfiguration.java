package org.frontlineatlas.reading;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the read model into the Spring app: one {@link WindowReader}, whose index the keeper loads. */
@Configuration(proxyBeanMethods = false)
public class ReadingConfiguration {

    @Bean
    WindowReader windowReader(JdbcClient jdbc) {
        return new WindowReader(jdbc);
    }
}
