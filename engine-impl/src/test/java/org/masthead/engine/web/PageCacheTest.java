package org.masthead.engine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.StaffRole;

/** One render per page at a time: concurrent readers of a page that must be rendered wait for that one render. */
class PageCacheTest {

    @Test
    void concurrentMissesRenderOnceAndAChangeRendersAgain() throws Exception {
        PageCache cache = new PageCache();
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> pages = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                pages.add(pool.submit(() -> cache.page(null, "/", () -> {
                    started.countDown();
                    renders.incrementAndGet();
                    sleep(300);
                    return "page " + renders.get();
                })));
            }
            started.await();
            for (Future<String> page : pages) {
                assertEquals("page 1", page.get());
            }
            assertEquals(1, renders.get());

            cache.changed();
            assertEquals("page 2", cache.page(null, "/", () -> "page " + renders.incrementAndGet()));
            assertEquals("page 2", cache.page(null, "/", () -> "never rendered"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void personalValuesAreEachReadersOwnAndRetiredByAChange() {
        PageCache cache = new PageCache();
        CurrentUser ana = new CurrentUser(1, "a1", "ana", StaffRole.NONE, "csrf", null);
        CurrentUser bob = new CurrentUser(2, "b2", "bob", StaffRole.NONE, "csrf", null);

        assertEquals("ana's", cache.personal(ana, "for-you", () -> "ana's"));
        assertEquals("bob's", cache.personal(bob, "for-you", () -> "bob's"));
        assertEquals("ana's", cache.personal(ana, "for-you", () -> "again"));
        cache.changed();
        assertEquals("again", cache.personal(ana, "for-you", () -> "again"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
