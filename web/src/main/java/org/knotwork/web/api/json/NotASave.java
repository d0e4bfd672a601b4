package org.knotwork.web.api.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form sent with PUT that is not a save of a record: it keeps nothing, so a required field left out is refused as
 * in a POST (changing one's password: the current password is never "kept").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotASave {}
