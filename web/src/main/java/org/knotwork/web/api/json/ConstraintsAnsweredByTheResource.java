package org.knotwork.web.api.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a form parameter: the resource answers the form's constraint violations itself (a preview lists them in a 200,
 * since a half-typed session is not a mistake), so {@link StrictJsonReader} checks the body's shape and kinds only.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConstraintsAnsweredByTheResource {}
