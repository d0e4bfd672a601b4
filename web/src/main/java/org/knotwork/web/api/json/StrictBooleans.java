package org.knotwork.web.api.json;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * A yes-or-no query parameter is "true" or "false", in lower case, and nothing else. JAX-RS reads anything but "true"
 * (any case) as false ({@code Boolean.valueOf}): "archived=yes" would quietly mean no, and "dryRun=yes" would import
 * for real. Both {@code Boolean} and {@code boolean} parameters come here; anything else is a 400 naming the parameter.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        if (type != Boolean.class && type != boolean.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if ("true".equals(value)) {
                    return true;
                }
                if ("false".equals(value)) {
                    return false;
                }
                throw new IllegalArgumentException("true or false");
            }

            @Override
            public String toString(Boolean value) {
                return String.valueOf(value);
            }
        };
    }
}
