package org.masthead.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.api.ranking.FeedRanker;

class GuardTest {
    private final Guard guard = new Guard();

    @AfterEach
    void close() {
        guard.close();
    }

    private static LoadedExtension<FeedRanker> plugin(String id) {
        return new LoadedExtension<>(id, request -> {
            throw new IllegalStateException("the guard calls the lambda it is given, never the ranker itself");
        });
    }

    @Test
    void answersWithThePluginWhenItWorks() {
        assertEquals("plugin", guard.call(FeedRanker.class, plugin("a"), ranker -> "plugin", () -> "fallback"));
        Guard.Health health = guard.health(FeedRanker.class).get("a");
        assertEquals(new Guard.Health(1, 0, 0, 0, health.p99Millis()), health);
        assertTrue(health.p99Millis() > 0, "the call's time is recorded");
    }

    @Test
    void fallsBackWhenThePluginThrows() {
        assertEquals("fallback", guard.call(FeedRanker.class, plugin("a"), ranker -> {
            throw new IllegalStateException("boom");
        }, () -> "fallback"));
        assertEquals(Map.of("a", new Guard.Health(1, 1, 0, 1, 0)), guard.health(FeedRanker.class));
    }

    @Test
    void fallsBackWhenThePluginOverrunsItsBudget() {
        long started = System.nanoTime();
        assertEquals("fallback", guard.call(FeedRanker.class, plugin("slow"), ranker -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        }, () -> "fallback"));
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(true, waitedMillis < 5_000, "waited " + waitedMillis + " ms for a 200 ms budget");
        assertEquals(Map.of("slow", new Guard.Health(1, 0, 1, 1, 0)), guard.health(FeedRanker.class));
    }

    @Test
    void fallsBackWithoutAPlugin() {
        assertEquals("fallback", guard.call(FeedRanker.class, null, ranker -> "plugin", () -> "fallback"));
        assertEquals(Map.of("(none)", new Guard.Health(0, 0, 0, 1, 0)), guard.health(FeedRanker.class));
    }

    @Test
    void runsPluginCodeWithThePluginClassLoader() {
        ClassLoader seen = guard.call(FeedRanker.class, plugin("a"),
                ranker -> Thread.currentThread().getContextClassLoader(), () -> null);
        assertEquals(GuardTest.class.getClassLoader(), seen);
    }
}
