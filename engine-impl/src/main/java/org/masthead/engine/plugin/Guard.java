package org.masthead.engine.plugin;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every call into a plugin: on a worker thread with the extension point's time budget, with the plugin's
 * class loader as context class loader. A call that throws, breaks its contract or overruns its budget is logged,
 * counted, and answered by the engine's fallback instead, so a bad plugin never takes a page down.
 */
public final class Guard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

    /**
     * Call counts of one plugin at one extension point.
     *
     * @param calls     calls made
     * @param failures  calls that threw or broke the contract
     * @param timeouts  calls that overran the budget
     * @param fallbacks calls answered by the engine's fallback (failures, timeouts, and calls with no plugin)
     * @param p99Millis the 99th percentile time of its last {@value #SAMPLES} answered calls, in milliseconds
     */
    public record Health(long calls, long failures, long timeouts, long fallbacks, double p99Millis) {
    }

    /** Latency is kept for the most recent calls only: recent behaviour is what an admin needs to see. */
    private static final int SAMPLES = 1024;

    private record Counters(LongAdder calls, LongAdder failures, LongAdder timeouts, LongAdder fallbacks,
                            AtomicLongArray micros, AtomicInteger next) {
        Counters() {
            this(new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(), new AtomicLongArray(SAMPLES),
                    new AtomicInteger());
        }

        void took(long nanos) {
            micros.set(Math.floorMod(next.getAndIncrement(), SAMPLES), Math.max(1, nanos / 1000));
        }

        Health snapshot() {
            long[] sorted = new long[Math.min(next.get(), SAMPLES)];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = micros.get(i);
            }
            Arrays.sort(sorted);
            double p99 = sorted.length == 0 ? 0 : sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1000.0;
            return new Health(calls.sum(), failures.sum(), timeouts.sum(), fallbacks.sum(), p99);
        }
    }

    private static final String NO_PLUGIN = "(none)";

    private final ExecutorService workers;
    private final Map<String, Counters> counters = new ConcurrentHashMap<>();

    public Guard() {
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "masthead-plugin-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.workers = Executors.newCachedThreadPool(factory);
    }

    /**
     * Calls {@code extension} through {@code call}; on failure or overrun, returns {@code fallback.get()}.
     *
     * @param point     the extension point, whose {@link org.masthead.api.plugin.Dispatch} gives the budget
     * @param extension the extension to call, or {@code null} when none is loaded
     * @param call      the call, which may also check the result's contract and throw
     * @param fallback  the engine's own answer
     */
    public <T, R> R call(Class<T> point, LoadedExtension<T> extension, Function<T, R> call, Supplier<R> fallback) {
        if (extension == null) {
            counters(point, NO_PLUGIN).fallbacks.increment();
            return fallback.get();
        }
        Counters count = counters(point, extension.pluginId());
        count.calls.increment();
        Duration budget = Duration.ofMillis(ExtensionPoints.dispatch(point).budgetMillis());
        ClassLoader pluginLoader = extension.instance().getClass().getClassLoader();
        Future<R> future = workers.submit(() -> {
            Thread.currentThread().setContextClassLoader(pluginLoader);
            return call.apply(extension.instance());
        });
        long start = System.nanoTime();
        try {
            R result = future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            count.took(System.nanoTime() - start);
            return result;
        } catch (TimeoutException e) {
            future.cancel(true);
            count.timeouts.increment();
            LOG.warn("Plugin {} overran its {} ms budget as {}; using the engine's fallback", extension.pluginId(),
                    budget.toMillis(), point.getSimpleName());
        } catch (ExecutionException e) {
            count.failures.increment();
            Throwable cause = e.getCause();
            LOG.warn("Plugin {} failed as {}: {}; using the engine's fallback", extension.pluginId(),
                    point.getSimpleName(), cause.toString());
            LOG.debug("Plugin failure", cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
        }
        count.fallbacks.increment();
        return fallback.get();
    }

    /** Counts per plugin id, for {@code point}. */
    public Map<String, Health> health(Class<?> point) {
        String prefix = point.getSimpleName() + "/";
        Map<String, Health> result = new java.util.TreeMap<>();
        counters.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                result.put(key.substring(prefix.length()), value.snapshot());
            }
        });
        return result;
    }

    private Counters counters(Class<?> point, String pluginId) {
        return counters.computeIfAbsent(point.getSimpleName() + "/" + pluginId, key -> new Counters());
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
