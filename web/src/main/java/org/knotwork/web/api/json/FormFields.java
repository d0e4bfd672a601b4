package org.knotwork.web.api.json;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A form's fields as JSON names them: its public instance fields, looked up once per class. */
final class FormFields {

    private static final ClassValue<Map<String, Field>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            Map<String, Field> fields = new LinkedHashMap<>();
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                    fields.put(field.getName(), field);
                }
            }
            return Collections.unmodifiableMap(fields);
        }
    };

    private FormFields() {}

    static Map<String, Field> of(Class<?> type) {
        return FIELDS.get(type);
    }
}
