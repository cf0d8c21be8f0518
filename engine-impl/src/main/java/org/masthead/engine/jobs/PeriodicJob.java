package org.masthead.engine.jobs;

/**
 * Work the engine repeats on every tick of its scheduler (every 15 seconds by default), on every node. A job must
 * be idempotent and safe to run on several nodes at once, for example by claiming rows with a conditional UPDATE;
 * jobs that must run exactly once per period take a lease row instead.
 */
public interface PeriodicJob {

    /** A short name for logs. */
    String name();

    /** Does whatever is due now. */
    void run();
}
