package org.masthead.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.masthead.engine.boot.Engine;

/**
 * A real engine for a test: a random port, a temporary data directory, and the database under test (embedded
 * Derby, or a fresh schema of the PostgreSQL at {@code MASTHEAD_TEST_POSTGRES_URL} when that is set).
 */
public final class TestSite implements AutoCloseable {
    public static final String ADMIN_EMAIL = "admin@test.example";
    public static final String ADMIN_PASSWORD = "correct horse battery";

    static {
        // Jersey logs through java.util.logging; route it to the test log like everything else.
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
    }

    private final Path dataDir;
    private final TestDatabase database;
    private final Engine engine;

    private TestSite(Path dataDir, TestDatabase database, Engine engine) {
        this.dataDir = dataDir;
        this.database = database;
        this.engine = engine;
    }

    public static TestSite start() {
        return start(builder -> { });
    }

    /** Starts an engine with the test defaults, then {@code customize}. */
    public static TestSite start(Consumer<Engine.Builder> customize) {
        Path dataDir = tempDir();
        TestDatabase database = TestDatabase.create(dataDir);
        try {
            Engine.Builder builder = Engine.builder().host("127.0.0.1").port(0).dataDir(dataDir)
                    .pluginsDir(pluginsDir()).jdbc(database.url(), database.user(), "")
                    .admin(ADMIN_EMAIL, ADMIN_PASSWORD).poolSize(4);
            customize.accept(builder);
            return new TestSite(dataDir, database, builder.start());
        } catch (RuntimeException e) {
            database.drop();
            delete(dataDir);
            throw e;
        }
    }

    /** The directory holding the built default plugins and the faulty test plugin. */
    public static Path pluginsDir() {
        return Path.of(System.getProperty("masthead.test.pluginsDir", "target/test-plugins"));
    }

    public Engine engine() {
        return engine;
    }

    public TestDatabase database() {
        return database;
    }

    /** A new client with its own cookies, like a separate browser. */
    public Client client() {
        return client(engine);
    }

    /** A new client of an engine a test started itself. */
    public static Client client(Engine engine) {
        return new Client(engine.localUri());
    }

    /** A client signed in as the admin. */
    public Client admin() {
        Client client = client();
        client.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        return client;
    }

    /** A client signed in as a new user with the given username. */
    public Client newUser(String username) {
        return newUser(engine, username);
    }

    /** A client signed in as a new writer in the Partner Program (enrolled by the admin), who may paywall stories. */
    public Client newPartner(String username) {
        Client client = newUser(username);
        admin().postJson("/api/v1/admin/partner-program/enrolments", "{\"user\":\"" + username
                + "\",\"country\":\"US\"}").assertStatus(201);
        return client;
    }

    /** A client signed in as a new user of an engine a test started itself. */
    public static Client newUser(Engine engine, String username) {
        Client client = client(engine);
        client.postJson("/api/v1/users", "{\"email\":\"" + username + "@test.example\",\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"password\":\"password-of-" + username + "\"}")
                .assertStatus(201);
        client.login(username + "@test.example", "password-of-" + username);
        return client;
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            database.drop();
            delete(dataDir);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("masthead-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The database a test engine uses.
     *
     * @param url  JDBC URL, empty for embedded Derby
     * @param user user
     * @param schema the PostgreSQL schema created for this test, or {@code null}
     */
    public record TestDatabase(String url, String user, String schema) {

        /** The PostgreSQL URL of the environment, or {@code null} to test on Derby. */
        public static String postgresUrl() {
            String url = System.getenv("MASTHEAD_TEST_POSTGRES_URL");
            return url == null || url.isBlank() ? null : url;
        }

        public static TestDatabase create(Path dataDir) {
            String postgres = postgresUrl();
            if (postgres == null) {
                return new TestDatabase("", "masthead", null);
            }
            String user = System.getenv().getOrDefault("MASTHEAD_TEST_POSTGRES_USER", "postgres");
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            execute(postgres, user, "CREATE SCHEMA " + schema);
            String separator = postgres.contains("?") ? "&" : "?";
            return new TestDatabase(postgres + separator + "currentSchema=" + schema, user, schema);
        }

        public void drop() {
            if (schema != null) {
                execute(postgresUrl(), user, "DROP SCHEMA " + schema + " CASCADE");
            }
        }

        /** Runs one SQL statement directly against the database under test. */
        public void execute(String sql, Path dataDir) {
            run(dataDir, sql, statement -> statement.execute(sql));
        }

        /** The number in the first column of the first row of a query run directly on the database under test. */
        public long queryLong(String sql, Path dataDir) {
            long[] result = new long[1];
            run(dataDir, sql, statement -> {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    if (!rows.next()) {
                        throw new IllegalStateException("no row from '" + sql + "'");
                    }
                    result[0] = rows.getLong(1);
                }
            });
            return result[0];
        }

        /** The names of the tables of the schema under test, lower case. */
        public List<String> tables(Path dataDir) {
            String sql = schema != null
                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                            + "' AND table_type = 'BASE TABLE'"
                    : "SELECT t.tablename FROM sys.systables t JOIN sys.sysschemas s ON s.schemaid = t.schemaid"
                            + " WHERE s.schemaname = 'MASTHEAD' AND t.tabletype = 'T'";
            List<String> tables = new ArrayList<>();
            run(dataDir, sql, statement -> {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
                    }
                }
            });
            return tables;
        }

        private void run(Path dataDir, String sql, SqlWork work) {
            if (schema != null) {
                run(url, user, sql, work);
                return;
            }
            run("jdbc:derby:" + dataDir.resolve("db").toAbsolutePath(), user, sql, statement -> {
                statement.execute("SET SCHEMA MASTHEAD");
                work.run(statement);
            });
        }

        private static void execute(String url, String user, String sql) {
            run(url, user, sql, statement -> statement.execute(sql));
        }

        private static void run(String url, String user, String sql, SqlWork work) {
            try (Connection connection = DriverManager.getConnection(url, user, "");
                 Statement statement = connection.createStatement()) {
                work.run(statement);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot run '" + sql + "' on " + url + ": " + e.getMessage(), e);
            }
        }

        /** What to do with a statement on the database under test. */
        private interface SqlWork {
            void run(Statement statement) throws SQLException;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The first column of the first row of {@code sql} on this site's database. */
    public long count(String sql) {
        return database.queryLong(sql, dataDir);
    }
}
