package org.masthead.engine.health;

import org.masthead.engine.web.WebComponent;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.masthead.engine.db.Database;
import org.masthead.engine.mail.MailOutbox;
import org.masthead.engine.plugin.ExtensionPoints;
import org.masthead.engine.plugin.Guard;
import org.masthead.engine.plugin.LoadedExtension;
import org.masthead.engine.plugin.PluginHost;

/** {@code GET /health} and {@code GET /version}. */
@Path("/")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /**
     * The engine's health.
     *
     * @param status   {@code UP}, or {@code DOWN} when the database does not answer (HTTP 503)
     * @param database whether the database answers, and which it is
     * @param plugins  loaded plugins, the active one per extension point, call counts, and skipped plugins
     * @param mail     whether an SMTP server is configured, and the mail waiting or failed ({@code null} while the
     *                 database does not answer)
     */
    public record Health(String status, DatabaseHealth database, PluginsHealth plugins, MailOutbox.Status mail) {
    }

    /**
     * @param reachable whether a query answers
     * @param dialect   {@code derby} or {@code postgresql}
     */
    public record DatabaseHealth(boolean reachable, String dialect) {
    }

    /**
     * @param loaded  started plugins
     * @param active  extension point to active plugin id ({@code null}: engine fallback); for {@code EmbedHandler},
     *                the handler chain in order
     * @param calls   extension point to plugin id to call counts
     * @param skipped plugin or file to the reason it was skipped
     */
    public record PluginsHealth(List<PluginHost.PluginInfo> loaded, Map<String, Object> active,
                                Map<String, Map<String, Guard.Health>> calls, Map<String, String> skipped) {
    }

    /**
     * @param name       product name
     * @param version    engine version
     * @param apiVersion plugin API version plugins must require
     */
    public record Version(String name, String version, String apiVersion) {
    }

    private static final String VERSION = readVersion();

    private final Provider<Database> database;
    private final Provider<PluginHost> plugins;
    private final Provider<Guard> guard;
    private final Provider<MailOutbox> mail;

    @Inject
    public HealthResource(Provider<Database> database, Provider<PluginHost> plugins, Provider<Guard> guard,
                          Provider<MailOutbox> mail) {
        this.database = database;
        this.plugins = plugins;
        this.guard = guard;
        this.mail = mail;
    }

    @GET
    @Path("health")
    public Response health() {
        PluginHost host = plugins.get();
        boolean reachable = database.get().isReachable();
        Map<String, Object> active = new LinkedHashMap<>();
        Map<String, Map<String, Guard.Health>> calls = new LinkedHashMap<>();
        for (Class<?> point : ExtensionPoints.ALL) {
            String name = point.getSimpleName();
            if (ExtensionPoints.dispatch(point).value() == org.masthead.api.plugin.Dispatch.Mode.ORDERED_FIRST_MATCH) {
                active.put(name, host.extensions(point).stream().map(LoadedExtension::pluginId).toList());
            } else {
                active.put(name, reachable ? host.active(point).map(LoadedExtension::pluginId).orElse(null) : null);
            }
            calls.put(name, guard.get().health(point));
        }
        Health health = new Health(reachable ? "UP" : "DOWN",
                new DatabaseHealth(reachable, database.get().dialect().databaseId()),
                new PluginsHealth(host.plugins(), active, calls, host.problems()),
                reachable ? mail.get().status() : null);
        return Response.status(reachable ? 200 : 503).entity(health).build();
    }

    @GET
    @Path("version")
    public Version version() {
        return new Version("Masthead", VERSION, PluginHost.API_VERSION);
    }

    /** The engine's version, from the build. */
    public static String engineVersion() {
        return VERSION;
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = HealthResource.class.getResourceAsStream("/masthead-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("masthead.version", "unknown");
    }
}
