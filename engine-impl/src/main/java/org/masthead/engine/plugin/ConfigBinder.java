package org.masthead.engine.plugin;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a plugin's configuration record from stored string values: components with no stored value keep the
 * record's defaults (its no-argument constructor), and the canonical constructor validates the result.
 */
final class ConfigBinder {
    private ConfigBinder() {
    }

    /**
     * @throws IllegalArgumentException naming the setting, if a value does not parse or the record rejects it
     */
    static <C extends Record> C bind(Class<C> type, Map<String, String> stored) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        C defaults = construct(type, new Class<?>[0], new Object[0]);
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            String raw = stored.get(component.getName());
            values[i] = raw == null ? read(component, defaults) : parse(component, raw);
        }
        for (String name : stored.keySet()) {
            if (java.util.Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
                throw new IllegalArgumentException("unknown setting '" + name + "'");
            }
        }
        return construct(type, types, values);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot read default of " + component.getName(), e);
        }
    }

    private static Object parse(RecordComponent component, String raw) {
        Class<?> type = component.getType();
        String value = raw.trim();
        try {
            if (type == String.class) {
                return raw;
            } else if (type == int.class || type == Integer.class) {
                return Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                return Long.parseLong(value);
            } else if (type == double.class || type == Double.class) {
                return Double.parseDouble(value);
            } else if (type == boolean.class || type == Boolean.class) {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("not true or false");
                }
                return Boolean.parseBoolean(value);
            } else if (type == Duration.class) {
                return Duration.parse(value);
            } else if (type.isEnum()) {
                return enumValue(type, value);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("setting '" + component.getName() + "': '" + raw
                    + "' is not a valid " + type.getSimpleName(), e);
        }
        throw new IllegalArgumentException("setting '" + component.getName() + "' has unsupported type "
                + type.getSimpleName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String value) {
        return Enum.valueOf((Class) type, value.toUpperCase(Locale.ROOT));
    }

    private static <C> C construct(Class<C> type, Class<?>[] types, Object[] values) {
        try {
            Constructor<C> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(cause.getMessage() == null ? cause.toString() : cause.getMessage(),
                    cause);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " needs a public no-argument constructor with its defaults");
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot construct " + type.getName() + ": " + e, e);
        }
    }
}
