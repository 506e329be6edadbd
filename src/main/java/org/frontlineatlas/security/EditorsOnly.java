package org.frontlineatlas.security;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only signed-in editors and admins may call this: what {@code @RolesAllowed({"EDITOR", "ADMIN"})}
 * says, in one place. Spring's method security reads it through the meta-annotation. Vaadin's view
 * access check (AccessAnnotationChecker, 24.9) reads only annotations placed directly on the view
 * class, so editor views still carry {@code @RolesAllowed} themselves.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RolesAllowed({"EDITOR", "ADMIN"})
public @interface EditorsOnly {}
