package org.frontlineatlas.ingest.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application as the intake tests run it, on the database of {@link IntakeTestApp}: fetching from
 * the fixture site on 127.0.0.1 allowed, short read timeout, feeds polled only when a test says.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("database")
@SpringBootTest(
        properties = {
            IntakeTestApp.DATABASE,
            "atlas.demo-data=false",
            IntakeTestApp.ALLOW_PRIVATE,
            IntakeTestApp.READ_TIMEOUT,
            IntakeTestApp.NO_TICKS
        })
public @interface IntakeSpringBootTest {}
