package org.masthead.engine.boot;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.masthead.engine.account.UserService;
import org.masthead.engine.admin.ConsolePages;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.curation.CurationService;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.Secrets;
import org.masthead.engine.embed.EmbedService;
import org.masthead.engine.embed.EmbedSettings;
import org.masthead.engine.feed.FeedService;
import org.masthead.engine.health.HealthResource;
import org.masthead.engine.jobs.Outbox;
import org.masthead.engine.jobs.PeriodicJob;
import org.masthead.engine.jobs.Scheduler;
import org.masthead.engine.mail.MailOutbox;
import org.masthead.engine.mail.SmtpConfig;
import org.masthead.engine.media.ImageService;
import org.masthead.engine.medium.MediumApiResource;
import org.masthead.engine.membership.MembershipService;
import org.masthead.engine.notification.NotificationService;
import org.masthead.engine.partner.PartnerProgram;
import org.masthead.engine.payout.PayoutRun;
import org.masthead.engine.paywall.Paywall;
import org.masthead.engine.plugin.ExtensionBeans;
import org.masthead.engine.plugin.Guard;
import org.masthead.engine.plugin.PluginHost;
import org.masthead.engine.plugin.PluginSettings;
import org.masthead.engine.privacy.PrivacyResource;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.reading.ReadingService;
import org.masthead.engine.search.SearchIndex;
import org.masthead.engine.search.SearchIndexer;
import org.masthead.engine.site.SiteResource;
import org.masthead.engine.social.FollowService;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.syndication.SyndicationService;
import org.masthead.engine.web.ErrorMapper;
import org.masthead.engine.web.SiteUrl;
import org.masthead.engine.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Masthead engine: database, plugins, CDI container and HTTP server, started in that order by
 * {@link Builder#start()} and stopped in reverse by {@link #close()}. Several engines can run in one JVM, each
 * with its own data directory and port.
 *
 * <pre>{@code
 * try (Engine engine = Engine.builder().dataDir(dir).pluginsDir(plugins).port(0).start()) {
 *     URI site = engine.uri();
 * }
 * }</pre>
 */
public final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    /** Bean classes whose packages hold the engine's CDI beans, one per feature package. */
    private static final Class<?>[] BEAN_PACKAGES = {
        UserService.class, StoryService.class, PublicationService.class, FeedService.class, SiteResource.class,
        HealthResource.class, ExtensionBeans.class, ErrorMapper.class, MediumApiResource.class,
        FollowService.class, ImageService.class, Outbox.class, AuditLog.class, ConsolePages.class,
        ReadingService.class, MailOutbox.class, NotificationService.class, EmbedService.class,
        SearchIndex.class, SyndicationService.class, CurationService.class, MembershipService.class,
        PayoutRun.class, Paywall.class, PartnerProgram.class, PrivacyResource.class,
    };

    private final Deque<AutoCloseable> resources;
    private final URI uri;
    private final URI localUri;
    private final int port;
    private final UserService.Credentials generatedAdmin;

    private Engine(Deque<AutoCloseable> resources, URI uri, URI localUri, int port,
                   UserService.Credentials generatedAdmin) {
        this.resources = resources;
        this.uri = uri;
        this.localUri = localUri;
        this.port = port;
        this.generatedAdmin = generatedAdmin;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The port the HTTP server listens on. */
    public int port() {
        return port;
    }

    /** The site's public base URL, ending in {@code /}: the configured public URL, or the local one. */
    public URI uri() {
        return uri;
    }

    /** Where this engine listens, ending in {@code /}, whatever the public URL says. */
    public URI localUri() {
        return localUri;
    }

    /** The first admin's credentials if this start created them with a generated password. */
    public Optional<UserService.Credentials> generatedAdmin() {
        return Optional.ofNullable(generatedAdmin);
    }

    /** Stops the HTTP server, the container, the plugins and the database, in that order. */
    @Override
    public void close() {
        closeAll(resources);
        LOG.info("Masthead stopped");
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Error while stopping {}: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }

    /** Configures and starts an {@link Engine}. */
    public static final class Builder {
        private Path dataDir = Path.of("data");
        private Path pluginsDir = Path.of("plugins");
        private String host = "127.0.0.1";
        private int port = 8080;
        private String publicUrl;
        private String jdbcUrl = "";
        private String jdbcUser = "masthead";
        private String jdbcPassword = "";
        private int poolSize = 10;
        private long maxBodyBytes = 1 << 20;
        private long maxUploadBytes = 5 << 20;
        private Clock clock = Clock.systemUTC();
        private String adminEmail = "";
        private String adminPassword = "";
        private String siteName = "Masthead";
        private List<String> trustedProxies = List.of();
        private Duration jobTick = Duration.ofSeconds(15);
        private Duration readingViewWindow = Duration.ofMinutes(30);
        private SmtpConfig smtp = SmtpConfig.NONE;
        private EmbedSettings embeds = EmbedSettings.DEFAULTS;
        private String paymentWebhookSecret = "";

        private Builder() {
        }

        /** How often periodic jobs (scheduled publishing, sweeps) run; tests shorten it. */
        public Builder jobTick(Duration jobTick) {
            if (jobTick.isNegative() || jobTick.isZero()) {
                throw new ConfigurationException("the job tick must be positive");
            }
            this.jobTick = jobTick;
            return this;
        }

        /** Within this time of a counted view, the same reader opening the same story again is not a new view. */
        public Builder readingViewWindow(Duration readingViewWindow) {
            if (readingViewWindow.isNegative()) {
                throw new ConfigurationException("the reading view window cannot be negative");
            }
            this.readingViewWindow = readingViewWindow;
            return this;
        }

        /** Directory for the embedded database and caches; created if missing. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir);
            return this;
        }

        /** Directory the plugin jars and zips are loaded from. */
        public Builder pluginsDir(Path pluginsDir) {
            this.pluginsDir = Objects.requireNonNull(pluginsDir);
            return this;
        }

        /** Address to listen on. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** Port to listen on; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new ConfigurationException("port must be between 0 and 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** The URL readers use, when it differs from {@code http://host:port/} (behind a proxy). */
        public Builder publicUrl(String publicUrl) {
            this.publicUrl = publicUrl;
            return this;
        }

        /** A PostgreSQL JDBC URL and credentials; an empty URL means embedded Derby in the data directory. */
        public Builder jdbc(String url, String user, String password) {
            this.jdbcUrl = url == null ? "" : url;
            this.jdbcUser = user;
            this.jdbcPassword = password;
            return this;
        }

        /** Largest number of pooled database connections. */
        public Builder poolSize(int poolSize) {
            this.poolSize = poolSize;
            return this;
        }

        /** Largest request body accepted, in bytes. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** Largest image upload accepted (the whole request body), in bytes; the general limit does not apply. */
        public Builder maxUploadBytes(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        /** The engine's clock; tests pass a controllable one. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** The first admin's credentials; an empty password is generated and shown once. */
        public Builder admin(String email, String password) {
            this.adminEmail = email == null ? "" : email;
            this.adminPassword = password == null ? "" : password;
            return this;
        }

        /**
         * Addresses or CIDR networks of the reverse proxies in front of the engine: only on their connections are
         * {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and {@code X-Forwarded-For} honoured.
         */
        public Builder trustedProxies(List<String> trustedProxies) {
            this.trustedProxies = List.copyOf(trustedProxies);
            return this;
        }

        /** How embeds are fetched (private networks allowed, timeout, cache TTL) and which origins they may frame. */
        public Builder embeds(EmbedSettings embeds) {
            this.embeds = Objects.requireNonNull(embeds);
            return this;
        }

        /** The publication's name. */
        public Builder siteName(String siteName) {
            this.siteName = Objects.requireNonNull(siteName);
            return this;
        }

        /** The SMTP server mail goes out through; without one, mail stays queued. */
        public Builder smtp(SmtpConfig smtp) {
            this.smtp = Objects.requireNonNull(smtp);
            return this;
        }

        /** The secret the payment provider signs webhooks with; empty (the default) turns the webhook off. */
        public Builder paymentWebhookSecret(String paymentWebhookSecret) {
            this.paymentWebhookSecret = Objects.requireNonNull(paymentWebhookSecret);
            return this;
        }

        /**
         * Rebuilds the search index in the data directory from the database without starting the engine, for
         * {@code masthead reindex}; the site must be stopped (a running engine holds the index).
         *
         * @throws ConfigurationException if the database cannot be used
         * @throws IllegalStateException  if a running engine holds the index
         */
        public SearchIndexer.Rebuild rebuildSearchIndex() {
            try (Database database = Database.open(jdbcUrl, jdbcUser, jdbcPassword, 2, dataDir)) {
                return SearchIndexer.rebuild(database, dataDir, clock);
            }
        }

        /**
         * Starts the engine.
         *
         * @throws ConfigurationException with a one-line message if the database cannot be used or the port
         *                                cannot be bound; everything started so far is stopped again
         */
        public Engine start() {
            long started = System.nanoTime();
            Deque<AutoCloseable> resources = new ArrayDeque<>();
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new ConfigurationException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
            }
            // The database and plugins open while Weld and Jersey boot: they do not depend on each other until a
            // bean is first used, and overlapping them takes over a second off the start.
            CompletableFuture<Core> core = CompletableFuture.supplyAsync(this::openCore);
            // Known once the server is listening (port 0 picks one); used only while serving requests.
            AtomicReference<SiteUrl> siteUrl = new AtomicReference<>();
            try {
                EngineBeans beans = new EngineBeans()
                        .add(() -> core.join().database(), Database.class)
                        .add(() -> core.join().pluginSettings(), PluginSettings.class)
                        .add(() -> core.join().plugins(), PluginHost.class)
                        .add(() -> core.join().guard(), Guard.class)
                        .add(() -> clock, Clock.class)
                        .add(() -> smtp, SmtpConfig.class)
                        .add(() -> embeds, EmbedSettings.class)
                        .add(siteUrl::get, SiteUrl.class)
                        .addNamed("siteName", () -> siteName, String.class)
                        .addNamed("themesDir", () -> dataDir.resolve("themes"), Path.class)
                        .addNamed("readingViewWindow", () -> readingViewWindow, Duration.class)
                        .addNamed("dataDir", () -> dataDir, Path.class)
                        .addNamed("paymentWebhookSecret", () -> paymentWebhookSecret, String.class);
                WeldContainer container = new Weld("masthead-" + UUID.randomUUID())
                        .disableDiscovery()
                        .skipShutdownHook()
                        .addExtension(beans)
                        .addPackages(false, BEAN_PACKAGES)
                        // The db package is infrastructure built by hand, except this one bean.
                        .addBeanClasses(Secrets.class)
                        .initialize();
                long containerReady = System.nanoTime();
                // Jersey starts while the database may still be opening: resources reach it only through lazy
                // beans, and a request that comes early waits for it.
                WebServer server;
                try {
                    server = WebServer.start(container, host, port, maxBodyBytes, maxUploadBytes,
                            trustedProxies, embeds.frameOrigins().stream().map(URI::toString).toList());
                } catch (RuntimeException e) {
                    container.shutdown();
                    throw e;
                }
                URI localUri = URI.create("http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":"
                        + server.port() + "/");
                URI uri = publicUrl != null ? URI.create(withSlash(publicUrl)) : localUri;
                siteUrl.set(new SiteUrl(uri));
                long serverReady = System.nanoTime();
                Core opened;
                try {
                    opened = join(core);
                } catch (RuntimeException e) {
                    server.close();
                    container.shutdown();
                    throw e;
                }
                resources.push(opened.database());
                resources.push(opened.plugins());
                resources.push(opened.guard());
                resources.push(container::shutdown);
                List<PeriodicJob> jobs = new ArrayList<>();
                container.select(PeriodicJob.class).forEach(jobs::add);
                resources.push(new Scheduler(jobs, jobTick));
                resources.push(server);
                UserService.Credentials generated = container.select(UserService.class).get()
                        .bootstrapAdmin(adminEmail, adminPassword).orElse(null);
                long done = System.nanoTime();
                LOG.info("Masthead started at {} in {} ms (database and plugins {} ms, alongside CDI {} ms then HTTP"
                        + " {} ms)", uri, millis(started, done), opened.openMillis(), millis(started, containerReady),
                        millis(containerReady, serverReady));
                if (generated != null) {
                    LOG.warn("Created the first admin account. Sign in as {} with password {} (shown only once)",
                            generated.email(), generated.password());
                }
                return new Engine(resources, uri, localUri, server.port(), generated);
            } catch (RuntimeException e) {
                closeAll(resources);
                core.thenAccept(Core::close);
                throw e;
            }
        }

        /** What opens before the container: database, plugin host, guard. */
        private record Core(Database database, PluginSettings pluginSettings, PluginHost plugins, Guard guard,
                            long openMillis) {
            void close() {
                closeAll(new ArrayDeque<>(List.of(guard, plugins, database)));
            }
        }

        private Core openCore() {
            long started = System.nanoTime();
            Database database = Database.open(jdbcUrl, jdbcUser, jdbcPassword, poolSize, dataDir);
            try {
                PluginSettings pluginSettings = new PluginSettings(database, clock);
                PluginHost plugins = new PluginHost(pluginsDir, pluginSettings);
                plugins.start();
                return new Core(database, pluginSettings, plugins, new Guard(), millis(started, System.nanoTime()));
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }

        private static Core join(CompletableFuture<Core> core) {
            try {
                return core.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }

        private static String withSlash(String url) {
            return url.endsWith("/") ? url : url + "/";
        }

        private static long millis(long from, long to) {
            return (to - from) / 1_000_000;
        }
    }
}
