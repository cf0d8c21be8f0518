package org.masthead.engine.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Each page is rendered by one request at a time: after a change the others wait for that render rather than
 * all rendering the same page at once, and when only the time to live ran out they are served the entry they
 * have while one of them renders the next.
 */
@ApplicationScoped
public class PageCache {
    static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final long PERSONAL_TTL_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int MAX_ENTRIES = 2_000;

    private record Entry(Object page, long version, long renderedAt) {
    }

    private final AtomicLong version = new AtomicLong();
    /** The renders in progress, by page and version. */
    private final Map<String, CompletableFuture<Object>> flights = new ConcurrentHashMap<>();
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
    public <T> T page(CurrentUser viewer, String key, Supplier<T> render) {
        return viewer != null ? render.get() : cached(key, TTL_NANOS, render);
    }

    /**
     * A value for one signed-in reader alone (their For You feed), retired by any write on this node, or after
     * {@link #PERSONAL_TTL_NANOS}: another node's changes reach a personal feed more slowly than a shared page.
     */
    public <T> T personal(CurrentUser viewer, String key, Supplier<T> load) {
        return cached("reader " + viewer.id() + " " + key, PERSONAL_TTL_NANOS, load);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, long ttlNanos, Supplier<T> render) {
        long current = version.get();
        long now = System.nanoTime();
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.version() == current && now - entry.renderedAt() < ttlNanos) {
            return (T) entry.page();
        }
        String flightKey = key + "@" + current;
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> flight = flights.putIfAbsent(flightKey, mine);
        if (flight != null) {
            return entry != null && entry.version() == current ? (T) entry.page() : (T) await(flight);
        }
        try {
            T page = render.get();
            synchronized (entries) {
                entries.put(key, new Entry(page, current, now));
            }
            mine.complete(page);
            return page;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            flights.remove(flightKey, mine);
        }
    }

    private static Object await(CompletableFuture<Object> flight) {
        try {
            return flight.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
