package org.knotwork.web.api.json;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.knotwork.web.api.problem.Problem;

/**
 * The address is input too: a query parameter or path segment whose percent-encoding is broken, that is not UTF-8,
 * or that holds a NUL, a control character or half a character is refused with 400 naming it, before a resource
 * could pass it to the database (which refuses a NUL with an error of its own).
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 200)
public class StrictParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        checkAddress(
                request.getUriInfo().getRequestUri().getRawQuery(),
                request.getUriInfo().getRequestUri().getRawPath());
    }

    /** Refuses the raw query or path (either may be {@code null}) when a part of it is not text. */
    static void checkAddress(String query, String path) {
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String rawName = equals < 0 ? pair : pair.substring(0, equals);
                String name = decode(rawName, "the name of a query parameter");
                check(name, name);
                if (equals >= 0) {
                    check(name, decode(pair.substring(equals + 1), name));
                }
            }
        }
        if (path != null) {
            for (String segment : path.split("/")) {
                check("path", decode(segment, "path"));
            }
        }
    }

    private static void check(String name, String value) {
        String problem = TextCheck.problem(value);
        if (problem != null) {
            throw refuse(name, "The query parameter or address part " + name + " " + problem);
        }
    }

    /** Percent-decoding with '+' as a space (as forms send it), refusing a broken escape or bytes that are not UTF-8. */
    static String decode(String raw, String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()
                        || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw refuse(
                            name,
                            "The query parameter or address part " + name
                                    + " has a broken percent-escape (a % not followed by two hexadecimal digits).");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refuse(name, "The query parameter or address part " + name + " is not valid UTF-8 text.");
        }
    }

    private static InvalidInputException refuse(String name, String message) {
        return new InvalidInputException(400, message, List.of(new Problem.FieldError(name, message)));
    }
}
