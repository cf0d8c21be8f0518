package org.masthead.distribution;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.masthead.engine.boot.ConfigurationException;
import org.masthead.engine.boot.Engine;
import org.masthead.engine.boot.Setting;
import org.masthead.engine.boot.Settings;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/masthead}: a thin command line over {@link Engine}. */
@Command(name = "masthead", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = "Masthead, a self-hosted publishing engine.",
        subcommands = {Masthead.Run.class, Masthead.Demo.class, Masthead.Reindex.class, Bench.class})
public final class Masthead implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(new CommandLine(new Masthead()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options shared by {@code run} and {@code demo}; each overrides its environment variable and config key. */
    static class Options {
        @Option(names = "--port", paramLabel = "PORT", description = "HTTP port, 0 for any free one (MASTHEAD_PORT; default 8080)")
        Integer port;
        @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (MASTHEAD_HOST; default 127.0.0.1)")
        String host;
        @Option(names = "--public-url", paramLabel = "URL", description = "URL readers use, behind a proxy (MASTHEAD_PUBLIC_URL)")
        String publicUrl;
        @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (MASTHEAD_DATA_DIR; default data)")
        Path dataDir;
        @Option(names = "--plugins-dir", paramLabel = "DIR", description = "Plugins directory (MASTHEAD_PLUGINS_DIR; default plugins)")
        Path pluginsDir;
        @Option(names = "--jdbc-url", paramLabel = "URL", description = "jdbc:postgresql: URL; empty for embedded Derby (MASTHEAD_JDBC_URL)")
        String jdbcUrl;
        @Option(names = "--jdbc-user", paramLabel = "USER", description = "Database user (MASTHEAD_JDBC_USER)")
        String jdbcUser;
        @Option(names = "--jdbc-password", paramLabel = "PASSWORD", description = "Database password (MASTHEAD_JDBC_PASSWORD)")
        String jdbcPassword;
        @Option(names = "--site-name", paramLabel = "NAME", description = "The publication's name (MASTHEAD_SITE_NAME)")
        String siteName;
        @Option(names = "--smtp-host", paramLabel = "HOST", description = "SMTP server; without one mail stays queued (MASTHEAD_SMTP_HOST)")
        String smtpHost;
        @Option(names = "--smtp-port", paramLabel = "PORT", description = "SMTP port (MASTHEAD_SMTP_PORT; default 587)")
        Integer smtpPort;
        @Option(names = "--smtp-security", paramLabel = "MODE", description = "starttls, ssl or none (MASTHEAD_SMTP_SECURITY; default starttls)")
        String smtpSecurity;
        @Option(names = "--mail-from", paramLabel = "ADDRESS", description = "From address of mail (MASTHEAD_MAIL_FROM)")
        String mailFrom;
        @Option(names = "--config", paramLabel = "FILE", description = "Properties file (default conf/masthead.properties)")
        Path config;

        Map<Setting, String> overrides() {
            Map<Setting, String> overrides = new EnumMap<>(Setting.class);
            put(overrides, Setting.PORT, port);
            put(overrides, Setting.HOST, host);
            put(overrides, Setting.PUBLIC_URL, publicUrl);
            put(overrides, Setting.DATA_DIR, dataDir);
            put(overrides, Setting.PLUGINS_DIR, pluginsDir);
            put(overrides, Setting.JDBC_URL, jdbcUrl);
            put(overrides, Setting.JDBC_USER, jdbcUser);
            put(overrides, Setting.JDBC_PASSWORD, jdbcPassword);
            put(overrides, Setting.SITE_NAME, siteName);
            put(overrides, Setting.SMTP_HOST, smtpHost);
            put(overrides, Setting.SMTP_PORT, smtpPort);
            put(overrides, Setting.SMTP_SECURITY, smtpSecurity);
            put(overrides, Setting.MAIL_FROM, mailFrom);
            return overrides;
        }

        Settings settings(Map<Setting, String> defaults) {
            Map<Setting, String> overrides = new EnumMap<>(Setting.class);
            overrides.putAll(defaults);
            overrides.putAll(overrides());
            Path file = config != null ? config : home().resolve("conf/masthead.properties");
            return Settings.resolve(file, System.getenv(), overrides);
        }

        private static void put(Map<Setting, String> map, Setting setting, Object value) {
            if (value != null) {
                map.put(setting, value.toString());
            }
        }
    }

    /** The bundle's directory: {@code MASTHEAD_HOME}, set by {@code bin/masthead}, else the working directory. */
    static Path home() {
        String home = System.getenv("MASTHEAD_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    /** Starts the engine, runs {@code afterStart}, and serves until the process is stopped. */
    static int serve(Engine.Builder builder, java.util.function.Consumer<Engine> afterStart) {
        Engine engine;
        try {
            engine = builder.start();
        } catch (ConfigurationException e) {
            System.err.println("masthead: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            engine.close();
            stopped.countDown();
        }, "masthead-shutdown"));
        afterStart.accept(engine);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run the site with the configuration in conf/, the environment and these flags.")
    static final class Run implements Callable<Integer> {
        @CommandLine.Mixin
        Options options = new Options();

        @Override
        public Integer call() {
            Engine.Builder builder;
            try {
                builder = options.settings(Map.of()).toBuilder(home());
            } catch (ConfigurationException e) {
                System.err.println("masthead: " + e.getMessage());
                return 2;
            }
            return serve(builder, engine -> {
                System.out.println("Masthead is serving " + engine.uri());
                engine.generatedAdmin().ifPresent(admin -> System.out.println(
                        "First admin created: " + admin.email() + " / " + admin.password() + " (shown only once)"));
            });
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Start a demo publication with sample writers and stories on embedded Derby. "
                    + "Its data directory (default demo-data) is reset at every start.")
    static final class Demo implements Callable<Integer> {
        @CommandLine.Mixin
        Options options = new Options();

        @Override
        public Integer call() {
            Engine.Builder builder;
            Path dataDir;
            try {
                Settings settings = options.settings(Map.of(Setting.DATA_DIR, "demo-data", Setting.SITE_NAME,
                        "The Masthead Demo", Setting.JDBC_URL, ""));
                dataDir = home().resolve(settings.get(Setting.DATA_DIR));
                DemoContent.reset(dataDir);
                builder = settings.toBuilder(home()).admin("admin@demo.masthead.localhost", "");
            } catch (ConfigurationException e) {
                System.err.println("masthead: " + e.getMessage());
                return 2;
            }
            return serve(builder, engine -> {
                DemoContent.Summary summary;
                try {
                    summary = new DemoContent(engine.uri()).seed();
                } catch (RuntimeException e) {
                    System.err.println("masthead: could not create the demo content: " + e.getMessage());
                    engine.close();
                    System.exit(1);
                    return;
                }
                var admin = engine.generatedAdmin().orElseThrow();
                System.out.println();
                System.out.println("Masthead demo is ready: " + engine.uri());
                System.out.println("  " + summary.stories() + " stories by " + summary.writers()
                        + " writers, publication " + engine.uri().resolve("/api/v1/publications/" + summary.publicationId()));
                System.out.println("  First story: " + engine.uri().resolve(summary.firstStoryPath()));
                System.out.println("  Admin login: " + admin.email() + " / " + admin.password());
                System.out.println("  Stop with Ctrl-C. Data: " + dataDir + " (reset at every demo start)");
            });
        }
    }

    @Command(name = "reindex", mixinStandardHelpOptions = true,
            description = "Rebuild the search index in the data directory from the database, with the site stopped. "
                    + "(A running site rebuilds on POST /api/v1/admin/search/rebuild, and at start when its index is "
                    + "missing or unreadable.)")
    static final class Reindex implements Callable<Integer> {
        @CommandLine.Mixin
        Options options = new Options();

        @Override
        public Integer call() {
            try {
                var rebuild = options.settings(Map.of()).toBuilder(home()).rebuildSearchIndex();
                System.out.println("Search index rebuilt in " + rebuild.millis() + " ms: " + rebuild.stories()
                        + " stories, " + rebuild.people() + " people, " + rebuild.publications() + " publications, "
                        + rebuild.tags() + " tags");
                return 0;
            } catch (ConfigurationException | IllegalStateException e) {
                System.err.println("masthead: " + e.getMessage()
                        + (e instanceof IllegalStateException ? " (stop the site first)" : ""));
                return 1;
            }
        }
    }

    /** The version from the engine jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Engine.class.getPackage().getImplementationVersion();
            return new String[] {"Masthead " + (version == null ? "(development build)" : version)};
        }
    }
}
