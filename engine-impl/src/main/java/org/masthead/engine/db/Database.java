package org.masthead.engine.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.masthead.engine.boot.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's database: a pooled data source, the schema migrated to the code's version at open, and
 * MyBatis mappers bound to the calling thread's transaction.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String DERBY_IDENTITY_CACHE = "derby.language.sequence.preallocator";
    /** Attempts of a transaction that the database rolled back for a deadlock or a lock timeout. */
    private static final int ATTEMPTS = 3;

    private final String url;
    private final Dialect dialect;
    private final HikariDataSource dataSource;
    private final SqlSessionManager sessions;

    private Database(String url, Dialect dialect, HikariDataSource dataSource) {
        this.url = url;
        this.dialect = dialect;
        this.dataSource = dataSource;
        Configuration configuration = new Configuration(
                new Environment("masthead", new JdbcTransactionFactory(), dataSource));
        configuration.setDatabaseId(dialect.databaseId());
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setArgNameBasedConstructorAutoMapping(true);
        configuration.getTypeHandlerRegistry().register(Instant.class, EpochMillisTypeHandler.class);
        configuration.getMapperRegistry().addMappers("org.masthead.engine", Mapper.class);
        this.sessions = SqlSessionManager.newInstance(new SqlSessionFactoryBuilder().build(configuration));
    }

    /**
     * Connects, migrates the schema and returns the database.
     *
     * @param jdbcUrl  a {@code jdbc:postgresql:} URL, or empty for embedded Derby in {@code dataDir}
     * @throws ConfigurationException with a one-line message naming the URL if the database cannot be reached,
     *                                or if it holds a schema newer than this code
     */
    public static Database open(String jdbcUrl, String user, String password, int poolSize, Path dataDir) {
        String url = jdbcUrl == null || jdbcUrl.isBlank()
                ? "jdbc:derby:" + dataDir.resolve("db").toAbsolutePath() + ";create=true"
                : jdbcUrl;
        Dialect dialect = Dialect.of(url);
        if (dialect == Dialect.DERBY && System.getProperty(DERBY_IDENTITY_CACHE) == null) {
            // Derby hands out identity values from a range it preallocates in a nested transaction; with the default
            // range of 100, concurrent inserts run into "too much contention" lock timeouts (DERBY-7002).
            System.setProperty(DERBY_IDENTITY_CACHE, "2000");
        }
        checkReachable(url, user, password);
        migrate(url, user, password, dialect);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("masthead");
        config.setAutoCommit(false);
        config.setConnectionTimeout(10_000);
        if (dialect == Dialect.DERBY) {
            // Derby's default schema is the user name; pin it so the data does not move if the user changes.
            config.setSchema(Dialect.DERBY_SCHEMA);
        }
        try {
            return new Database(url, dialect, new HikariDataSource(config));
        } catch (HikariPool.PoolInitializationException e) {
            throw new ConfigurationException("cannot connect to database " + redact(url) + ": " + rootMessage(e), e);
        }
    }

    private static void checkReachable(String url, String user, String password) {
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            LOG.debug("Database {} is reachable", redact(url));
        } catch (SQLException e) {
            throw new ConfigurationException("cannot connect to database " + redact(url) + ": " + rootMessage(e), e);
        }
    }

    private static void migrate(String url, String user, String password, Dialect dialect) {
        var configuration = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .placeholders(Map.of("text", dialect.textType(), "blob", dialect.blobType()))
                // Fail on migrations the database has but this code lacks: the database is newer than the code.
                .ignoreMigrationPatterns(new String[0])
                .validateOnMigrate(true);
        if (dialect == Dialect.DERBY) {
            configuration.schemas(Dialect.DERBY_SCHEMA).createSchemas(true);
        }
        Flyway flyway = configuration.load();
        try {
            int applied = flyway.migrate().migrationsExecuted;
            if (applied > 0) {
                LOG.info("Applied {} schema migration(s) to {}", applied, redact(url));
            }
        } catch (FlywayException e) {
            throw new ConfigurationException("database " + redact(url) + " cannot be used by this version: "
                    + e.getMessage().lines().findFirst().orElse("migration failed"), e);
        }
    }

    /** A mapper whose calls join the current thread's transaction, or run in their own when there is none. */
    public <M> M mapper(Class<M> type) {
        return sessions.getMapper(type);
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. Nested calls join
     * the outer transaction.
     */
    public <T> T inTransaction(Supplier<T> work) {
        if (sessions.isManagedSessionStarted()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (PersistenceException e) {
                if (attempt == ATTEMPTS || !rolledBackForConcurrency(e)) {
                    throw e;
                }
                LOG.debug("Transaction rolled back for a lock conflict; attempt {} of {}", attempt + 1, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** Deadlocks and lock timeouts (SQLState class 40) are transient: the same work succeeds when tried again. */
    private static boolean rolledBackForConcurrency(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T once(Supplier<T> work) {
        sessions.startManagedSession();
        try {
            T result = work.get();
            sessions.commit(true);
            return result;
        } catch (RuntimeException | Error e) {
            try {
                sessions.rollback(true);
            } catch (RuntimeException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            sessions.close();
        }
    }

    /** Runs {@code work} in one transaction. */
    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Whether a trivial query answers now. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    public String redactedUrl() {
        return redact(url);
    }

    @Override
    public void close() {
        dataSource.close();
        if (dialect == Dialect.DERBY) {
            shutDownDerby(url);
        }
    }

    private static void shutDownDerby(String url) {
        String base = url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
        try {
            DriverManager.getConnection(base + ";shutdown=true").close();
        } catch (SQLException e) {
            // Derby reports a clean database shutdown as SQLState 08006.
            if (!"08006".equals(e.getSQLState())) {
                LOG.warn("Derby did not shut down cleanly: {}", e.getMessage());
            }
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
