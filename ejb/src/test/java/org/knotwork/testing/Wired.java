package org.knotwork.testing;

import java.lang.reflect.Field;
import java.util.Map;

/** A bean with its injected fields set by hand, as the container would set them, for tests outside the container. */
public final class Wired {

    private Wired() {}

    /** Sets each of the bean's fields named in {@code fields} (its own, not inherited) to the value given. */
    public static <T> T wired(T bean, Map<String, Object> fields) {
        fields.forEach((name, value) -> {
            try {
                Field field = bean.getClass().getDeclaredField(name);
                field.setAccessible(true);
                field.set(bean, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot wire " + name + " of " + bean.getClass(), e);
            }
        });
        return bean;
    }
}
