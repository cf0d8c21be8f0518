package org.masthead.engine.db;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Transactions that insert a row whose key another request may be inserting at the same moment (a follow, the
 * first clap, a retried clap request). Checking first and inserting second is not enough across nodes, so the
 * loser of such a race gets a unique-key violation; it is rolled back and run once more, and then sees the
 * winner's row.
 */
public final class DuplicateKeys {
    /** SQLState of a unique or primary key violation, on Derby and on PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private DuplicateKeys() {
    }

    /** Runs {@code work} in a transaction, a second time if the first lost a race for a unique key. */
    public static <T> T inTransaction(Database database, Supplier<T> work) {
        try {
            return database.inTransaction(work);
        } catch (RuntimeException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            return database.inTransaction(work);
        }
    }

    /** Runs {@code work} in a transaction, a second time if the first lost a race for a unique key. */
    public static void inTransaction(Database database, Runnable work) {
        inTransaction(database, () -> {
            work.run();
            return null;
        });
    }

    public static boolean isDuplicateKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
