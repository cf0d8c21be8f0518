package org.masthead.engine.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.masthead.engine.account.CurrentUser;

/**
 * Rendered pages for signed-out readers, who all see the same page. An entry is served only while nothing has
 * changed since it was rendered: every successful write on this node (an API call that is not a GET, a job that
 * publishes) calls {@link #changed()}, which retires every entry at once, so a clap, an edit or an unpublish shows
 * on the very next request. Changes made on other nodes show within {@link #TTL_NANOS}, after which an entry is
 * rendered again anyway. Signed-in readers see their own claps and follows and are never served from here.
 */
@ApplicationScoped
public class PageCache {
    static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int MAX_ENTRIES = 2_000;

    private record Entry(Object page, long version, long renderedAt) {
    }

    private final AtomicLong version = new AtomicLong();
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** Something readers may see has changed. */
    public void changed() {
        version.incrementAndGet();
    }

    /**
     * A value every reader may share (a story's page model, a feed), under the same rules as pages: retired by any
     * write on this node and after {@link #TTL_NANOS}.
     */
    public <T> T shared(String key, Supplier<T> load) {
        return page(null, key, load);
    }

    /**
     * The page at {@code key} for {@code viewer}: from the cache when signed out and still current. A page is
     * usually its HTML, or whatever a resource needs to finish the response (HTML with a placeholder to fill).
     */
    @SuppressWarnings("unchecked")
    public <T> T page(CurrentUser viewer, String key, Supplier<T> render) {
        if (viewer != null) {
            return render.get();
        }
        long current = version.get();
        long now = System.nanoTime();
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.version() == current && now - entry.renderedAt() < TTL_NANOS) {
            return (T) entry.page();
        }
        T page = render.get();
        synchronized (entries) {
            entries.put(key, new Entry(page, current, now));
        }
        return page;
    }
}
