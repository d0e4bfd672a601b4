package org.knotwork.web.api.json;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A change that reads no body (archiving a client, noting a checkpoint, every DELETE): a body sent with it is refused
 * by {@link UnreadBodies}, not ignored, so that a caller who thinks they sent something is told it was not read.
 * BodilessAddressesTest finds a change without a body parameter that lacks it.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TakesNoBody {}
