package org.knotwork.web.api.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field a caller may leave out (a save keeps what it has, a new record takes its default) but may not send as
 * {@code null}: the record always has one, so a null cannot be stored and is refused by {@link FormBinder}, naming
 * the field, rather than read as "unchanged".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ValueWhenSent {}
