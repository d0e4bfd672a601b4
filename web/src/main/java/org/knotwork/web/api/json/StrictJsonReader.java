package org.knotwork.web.api.json;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.knotwork.web.http.RequestBodyLimit;

/**
 * Reads every JSON request body into its form, strictly, before a resource runs: the body must be UTF-8 JSON of at
 * most {@link org.knotwork.web.http.RequestBodyLimit#JSON_BYTES}, exactly one object, each field known to the form and of its declared type
 * ({@link JsonDocument}, {@link FormBinder}); then the form's Bean Validation constraints are checked ({@link
 * FormValidation}). Any refusal is a 400 (413, 415) problem+json naming each field, and nothing is done.
 *
 * <p>A form is any class extending {@link JsonForm} with public fields; resources take it without {@code @Valid}
 * (this reader validates, knowing which fields were sent). So every form, present and future, is strict without
 * asking: {@code FormClassesTest} checks that every JSON body a resource takes is such a form. Its priority, above any
 * JSON provider's default, makes it the reader of forms in every deployment: the runtime's own JSON readers would bind
 * the same fields without knowing which were sent, so a save would erase what it left out.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.ENTITY_CODER)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<JsonForm> {

    @Inject
    private Validator validator;

    @Context
    private Request request;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonForm.class.isAssignableFrom(type);
    }

    @Override
    public JsonForm readFrom(
            Class<JsonForm> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream body)
            throws IOException {
        String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset.strip())) {
            throw new InvalidInputException(
                    415,
                    "Send JSON in UTF-8 (charset=" + StandardCharsets.UTF_8.name() + "), as JSON always is.",
                    List.of());
        }
        byte[] bytes = body.readNBytes(RequestBodyLimit.JSON_BYTES + 1);
        if (bytes.length > RequestBodyLimit.JSON_BYTES) {
            throw RequestBodyLimit.tooLarge(RequestBodyLimit.JSON_BYTES);
        }
        JsonForm form = FormBinder.bind(JsonDocument.parse(bytes), type);
        if ("POST".equals(request.getMethod()) && form.sent("version")) {
            throw InvalidInputException.field("version", "A new record has no version yet; leave version out.");
        }
        boolean answeredByTheResource = java.util.Arrays.stream(annotations)
                .anyMatch(a -> a.annotationType() == ConstraintsAnsweredByTheResource.class);
        if (!answeredByTheResource) {
            FormValidation.validate(
                    validator, form, "PUT".equals(request.getMethod()) && !type.isAnnotationPresent(NotASave.class));
        }
        return form;
    }
}
