package org.masthead.engine.plugin;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.masthead.api.plugin.Setting;

/**
 * Builds a plugin's configuration record from stored string values: components with no stored value keep the
 * record's defaults (its no-argument constructor), and the canonical constructor validates the result. A component
 * that is a record of its own is stored as dotted names ({@code linkDensity.threshold}).
 */
public final class ConfigBinder {
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
        Set<String> known = new HashSet<>();
        C bound = bind(type, defaults, stored, "", known);
        for (String name : stored.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown setting '" + name + "'");
            }
        }
        return bound;
    }

    /**
     * Binds one record level: a component that is itself a record (a rule with its own settings, say) is bound
     * from the settings named {@code component.name}, with the outer record's default as its default.
     */
    private static <C> C bind(Class<C> type, C defaults, Map<String, String> stored, String prefix,
                              Set<String> known) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String name = prefix + component.getName();
            types[i] = component.getType();
            if (component.getType().isRecord()) {
                values[i] = nested(component, read(component, defaults), stored, name, known);
            } else {
                known.add(name);
                String raw = stored.get(name);
                values[i] = raw == null ? read(component, defaults) : parse(component, name, raw);
            }
        }
        return construct(type, types, values);
    }

    @SuppressWarnings("unchecked")
    private static <N> N nested(RecordComponent component, Object defaults, Map<String, String> stored, String name,
                                Set<String> known) {
        return bind((Class<N>) component.getType(), (N) defaults, stored, name + ".", known);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot read default of " + component.getName(), e);
        }
    }

    private static Object parse(RecordComponent component, String name, String raw) {
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
            throw new IllegalArgumentException("setting '" + name + "': '" + raw
                    + "' is not a valid " + type.getSimpleName(), e);
        }
        throw new IllegalArgumentException("setting '" + name + "' has unsupported type "
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

    /**
     * One field of a configuration form.
     *
     * @param name         the record component
     * @param type         {@code text}, {@code integer}, {@code number} or {@code boolean}
     * @param help         the component's {@link Setting} help, or empty
     * @param min          smallest allowed value, or {@code null}
     * @param max          largest allowed value, or {@code null}
     * @param defaultValue the record's default, as text
     * @param value        the value in effect, as text
     */
    public record Field(String name, String type, String help, Double min, Double max, String defaultValue, String value) {
    }

    /** The form of configuration record {@code type} with the {@code stored} values in effect. */
    static List<Field> form(Class<? extends Record> type, Map<String, String> stored) {
        List<Field> fields = new ArrayList<>();
        addFields(type, construct(type, new Class<?>[0], new Object[0]), stored, "", fields);
        return fields;
    }

    private static void addFields(Class<?> type, Object defaults, Map<String, String> stored, String prefix,
                                  List<Field> fields) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            Object defaultValue = read(component, defaults);
            Class<?> kind = component.getType();
            if (kind.isRecord()) {
                addFields(kind, defaultValue, stored, name + ".", fields);
                continue;
            }
            Setting setting = component.getAnnotation(Setting.class);
            String input = kind == boolean.class || kind == Boolean.class ? "boolean"
                    : kind == int.class || kind == Integer.class || kind == long.class || kind == Long.class ? "integer"
                    : kind == double.class || kind == Double.class ? "number" : "text";
            fields.add(new Field(name, input, setting == null ? "" : setting.value(),
                    setting == null || Double.isInfinite(setting.min()) ? null : setting.min(),
                    setting == null || Double.isInfinite(setting.max()) ? null : setting.max(),
                    String.valueOf(defaultValue), stored.getOrDefault(name, String.valueOf(defaultValue))));
        }
    }
}
