package org.masthead.engine.plugin;

import java.lang.reflect.Constructor;
import java.util.function.Function;
import org.masthead.api.plugin.PluginContext;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginRuntimeException;

/**
 * Creates extensions by constructor injection: a public constructor taking a {@link PluginContext} gets the
 * plugin's context, otherwise the public no-argument constructor is used. Anything else is an error naming the
 * extension; nothing is ever constructed with {@code null}.
 */
final class ContextExtensionFactory implements ExtensionFactory {
    private final Function<Class<?>, PluginContext> contexts;

    ContextExtensionFactory(Function<Class<?>, PluginContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public <T> T create(Class<T> extensionClass) {
        try {
            for (Constructor<?> constructor : extensionClass.getConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == PluginContext.class) {
                    return extensionClass.cast(constructor.newInstance(contexts.apply(extensionClass)));
                }
            }
            return extensionClass.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new PluginRuntimeException("Extension " + extensionClass.getName()
                    + " needs a public constructor taking nothing or a " + PluginContext.class.getName());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new PluginRuntimeException(e, "Cannot create extension {}", extensionClass.getName());
        }
    }
}
