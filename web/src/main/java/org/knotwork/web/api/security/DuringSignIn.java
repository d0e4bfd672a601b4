package org.knotwork.web.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few calls a user may make before their sign-in is complete: while they must change a password someone
 * else knows or set up the second factor the practice requires, everything else answers 403 ({@link AccessControl}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DuringSignIn {}
