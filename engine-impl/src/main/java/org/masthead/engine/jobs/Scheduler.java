package org.masthead.engine.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the {@link PeriodicJob}s one after another on one background thread, every tick. */
public final class Scheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "masthead-jobs");
        thread.setDaemon(true);
        return thread;
    });

    public Scheduler(List<PeriodicJob> jobs, Duration tick) {
        // The first tick runs at once: work that came due while the node was down (scheduled stories, a search
        // index to rebuild or catch up) should not wait a tick after a start.
        executor.scheduleWithFixedDelay(() -> jobs.forEach(Scheduler::runOne), 0, tick.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static void runOne(PeriodicJob job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            // The next tick retries; one failing job must not stop the others or the scheduler.
            LOG.error("Job {} failed", job.name(), e);
        }
    }

    @Override
    public void close() {
        // A tick under way finishes first: an interrupt in the middle of a job's database or index I/O closes
        // connections and files under it. Only a tick that runs on for seconds is interrupted.
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
