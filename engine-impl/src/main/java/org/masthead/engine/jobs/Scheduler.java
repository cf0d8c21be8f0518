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
        executor.scheduleWithFixedDelay(() -> jobs.forEach(Scheduler::runOne), tick.toMillis(), tick.toMillis(),
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
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
