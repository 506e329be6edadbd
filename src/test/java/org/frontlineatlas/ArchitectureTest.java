package org.frontlineatlas;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The design's rules, checked on the main classes: packages by feature without cycles, storage at
 * the bottom, the public read API served only from reading/, and views and controllers that only hand
 * work on (no SQL, no repositories). No rule here has an ignore list: a break is fixed in the code.
 */
@AnalyzeClasses(packages = "org.frontlineatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.frontlineatlas.";

    /** The Vaadin views and their components: everything under ui/ and security/ui/, and any routed view. */
    private static final DescribedPredicate<JavaClass> VIEWS = resideInAnyPackage(ROOT + "ui..", ROOT + "security.ui..")
            .or(annotatedWith(Route.class))
            .as("views");

    private static final DescribedPredicate<JavaClass> CONTROLLERS =
            DescribedPredicate.describe("REST controllers", c -> c.isAnnotatedWith(RestController.class));

    /** A REST controller that answers GET requests, wherever it lives: the public read API. */
    private static final DescribedPredicate<JavaClass> GET_CONTROLLERS =
            new DescribedPredicate<>("REST controllers answering GET") {
                @Override
                public boolean test(JavaClass c) {
                    return c.isAnnotatedWith(RestController.class)
                            && c.getMethods().stream()
                                    .anyMatch(m -> m.isAnnotatedWith(GetMapping.class)
                                            || m.tryGetAnnotationOfType(RequestMapping.class)
                                                    .map(r -> Set.of(r.method()).contains(RequestMethod.GET))
                                                    .orElse(false));
                }
            };

    private static final DescribedPredicate<JavaClass> REPOSITORIES = new DescribedPredicate<>("repositories") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith(ROOT) && c.getSimpleName().endsWith("Repository");
        }
    };

    @ArchTest
    static final ArchRule noCyclesBetweenFeaturePackages = slices().matching("org.frontlineatlas.(*)..")
            .namingSlices("$1")
            .should()
            .beFreeOfCycles();

    /** Within ui/ too: map/ is the shared map component that reader/, editor/ and tours/ build on. */
    @ArchTest
    static final ArchRule noCyclesBetweenViewPackages = slices().matching("org.frontlineatlas.ui.(*)..")
            .namingSlices("ui.$1")
            .should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule storageDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage(ROOT + "events..")
            .should()
            .dependOnClassesThat(resideInAPackage("org.frontlineatlas..").and(not(resideInAPackage(ROOT + "events.."))))
            .because("storage (events/) is the bottom of the pipeline; features build on it, not it on them");

    @ArchTest
    static final ArchRule viewsDoNotTouchRepositories = noClasses()
            .that(VIEWS)
            .should()
            .dependOnClassesThat(REPOSITORIES)
            .because("views go through a service, which owns the transaction and the rules");

    @ArchTest
    static final ArchRule controllersDoNotTouchRepositories = noClasses()
            .that(CONTROLLERS)
            .should()
            .dependOnClassesThat(REPOSITORIES)
            .because("controllers go through a service, which owns the transaction and the rules");

    @ArchTest
    static final ArchRule viewsAndControllersAreThin = noClasses()
            .that(VIEWS)
            .or(CONTROLLERS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
            .because("SQL belongs in storage; a view or a controller reads parameters and hands on");

    @ArchTest
    static final ArchRule publicReadApiDoesNotWrite = noClasses()
            .that(GET_CONTROLLERS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + "editing..", ROOT + "ingest..", ROOT + "demo..", ROOT + "bench..")
            .because("the public read API only reads");

    @ArchTest
    static final ArchRule onlyReadingServesThePublicApi = classes()
            .that(GET_CONTROLLERS)
            .should()
            .resideInAPackage(ROOT + "reading")
            .because("the public read API is reading/: one place to look for what the public can ask;"
                    + " editors' write endpoints live with their feature (api/, control/)");

    @ArchTest
    static final ArchRule readingIsBelowTheSurfaces = noClasses()
            .that()
            .resideInAPackage(ROOT + "reading..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + "api..",
                    ROOT + "ui..",
                    ROOT + "editing..",
                    ROOT + "ingest..",
                    ROOT + "security..",
                    ROOT + "demo..",
                    ROOT + "bench..",
                    ROOT + "cli..")
            .because("reading/ is the read model that the API and the views are built on");

    /** A class or method that spells out the editors' roles instead of saying @EditorsOnly. */
    private static final ArchCondition<JavaClass> SAY_EDITORS_ONLY =
            new ArchCondition<>("say @EditorsOnly rather than @RolesAllowed({\"EDITOR\", \"ADMIN\"})") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    if (spellsOutEditors(c.tryGetAnnotationOfType(RolesAllowed.class))) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " spells out the editors' roles"));
                    }
                    for (JavaMethod m : c.getMethods()) {
                        if (spellsOutEditors(m.tryGetAnnotationOfType(RolesAllowed.class))) {
                            events.add(SimpleConditionEvent.violated(
                                    m, m.getFullName() + " spells out the editors' roles"));
                        }
                    }
                }

                private boolean spellsOutEditors(Optional<RolesAllowed> roles) {
                    return roles.map(r -> Set.of(r.value()).equals(Set.of("EDITOR", "ADMIN")))
                            .orElse(false);
                }
            };

    /**
     * Routed views are left out: Vaadin's view access check reads only an annotation placed on the view
     * itself, not one inside @EditorsOnly (see there).
     */
    @ArchTest
    static final ArchRule editorsOnlyIsSaidOnce = classes()
            .that()
            .areNotAnnotations()
            .and()
            .areNotAnnotatedWith(Route.class)
            .should(SAY_EDITORS_ONLY);
}
