package org.knotwork.web.api.corpus;

import jakarta.json.JsonObject;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.knotwork.web.api.Api;
import org.knotwork.web.api.json.JsonForm;
import org.knotwork.web.api.json.NotASave;

/**
 * An address of the API that takes a form, as the corpus sends to it.
 *
 * @param caller who sends (signed in with the role the address needs, or not signed in for signing in)
 * @param address where to send; asked before each case (a save's address may need a fresh record)
 * @param base a valid body, made afresh for each case (a new user needs a new name)
 * @param readBack the record as the API shows it: after an accepted case from the answer's JSON, before a save's
 *     case from null (its version goes into If-Match)
 * @param viewPath where the record read back shows a form field: the same path unless mapped, null when it is not
 *     shown as sent (a password, a pressure shown in another unit)
 * @param action the audit action of an accepted case, with {@code recordType}; null for signing in
 * @param recordId the record an accepted case's audit line names, from the answer's JSON
 * @param kindsToo whether to send the cases of each field's kind and bounds, or (for a save whose form another address
 *     already takes through the same reader) only those of a save: fields left out, required fields emptied
 */
public record Endpoint(
        String name,
        Api caller,
        String method,
        Supplier<String> address,
        Class<? extends JsonForm> form,
        Supplier<JsonObject> base,
        Function<JsonObject, JsonObject> readBack,
        UnaryOperator<String> viewPath,
        String action,
        String recordType,
        Function<JsonObject, String> recordId,
        boolean kindsToo) {

    boolean savesAWholeRecord() {
        return method.equals("PUT") && !form.isAnnotationPresent(NotASave.class);
    }

    boolean signsIn() {
        return action == null;
    }
}
