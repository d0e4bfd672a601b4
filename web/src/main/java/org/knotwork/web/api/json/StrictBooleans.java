package org.knotwork.web.api.json;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * A yes-or-no query parameter is "true" or "false". JAX-RS reads anything else as false ({@code Boolean.valueOf}):
 * "archived=yes" would quietly mean no.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        if (type != Boolean.class) {
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
