package org.masthead.engine.boot;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Singleton;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Hands the objects the engine builds before the container starts (configuration, clock, database, plugin host)
 * to CDI as beans, so services get them by constructor injection.
 */
final class EngineBeans implements Extension {
    private record Entry(Supplier<?> instance, Class<?> type, Annotation qualifier) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a bean whose instance is supplied on first use, so the container can start before it exists. */
    EngineBeans add(Supplier<?> instance, Class<?> type) {
        entries.add(new Entry(instance, type, Default.Literal.INSTANCE));
        return this;
    }

    EngineBeans addNamed(String name, Supplier<?> instance, Class<?> type) {
        entries.add(new Entry(instance, type, NamedLiteral.of(name)));
        return this;
    }

    void register(@Observes AfterBeanDiscovery event) {
        for (Entry entry : entries) {
            event.addBean().types(entry.type(), Object.class).qualifiers(entry.qualifier(), jakarta.enterprise.inject.Any.Literal.INSTANCE)
                    .scope(Singleton.class).createWith(context -> entry.instance().get());
        }
    }
}
