package org.masthead.engine.plugin;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.Upload;
import org.masthead.engine.web.WebComponent;

/**
 * {@code /api/v1/admin/plugins}: installed plugins, which one is active per extension point, plugin settings,
 * installing and uninstalling plugins at run time. Admins only; every change is audited.
 */
@Path("/api/v1/admin/plugins")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PluginAdminResource {

    /**
     * A choice of active plugin.
     *
     * @param pluginId the plugin to make active
     */
    public record Activation(String pluginId) {
    }

    /**
     * A plugin's settings form.
     *
     * @param pluginId     the plugin
     * @param configurable whether it declares a configuration record ({@code @ConfiguredBy})
     * @param fields       one per record component, with help, range, default and the value in effect
     */
    public record SettingsForm(String pluginId, boolean configurable, List<ConfigBinder.Field> fields) {
    }

    private final Provider<PluginHost> host;
    private final Provider<PluginSettings> settings;
    private final AuditLog audit;

    @Inject
    public PluginAdminResource(Provider<PluginHost> host, Provider<PluginSettings> settings, AuditLog audit) {
        this.host = host;
        this.settings = settings;
        this.audit = audit;
    }

    @GET
    public List<PluginHost.PluginInfo> plugins(@Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return host.get().plugins();
    }

    /** Installs or replaces a plugin from its jar, sent as the request body; it is loaded without a restart. */
    @POST
    @Upload
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
    public Response install(byte[] jar, @Context SecurityContext context) {
        CurrentUser admin = AuthFilter.requireAdmin(context);
        if (jar == null || jar.length == 0) {
            throw ApiException.badRequest("missing_jar", "send the plugin jar as the request body");
        }
        PluginHost.PluginInfo installed;
        try {
            installed = host.get().install(jar);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_plugin", e.getMessage());
        }
        audit.record(admin, "plugin.install", installed.id(), "version " + installed.version());
        return Response.status(201).entity(installed).build();
    }

    @DELETE
    @Path("{pluginId}")
    public Response uninstall(@PathParam("pluginId") String pluginId, @Context SecurityContext context) {
        CurrentUser admin = AuthFilter.requireAdmin(context);
        try {
            host.get().uninstall(pluginId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("plugin");
        }
        audit.record(admin, "plugin.uninstall", pluginId, "");
        return Response.noContent().build();
    }

    @PUT
    @Path("active/{extensionPoint}")
    public Activation activate(@PathParam("extensionPoint") String extensionPoint, Activation activation,
                               @Context SecurityContext context) {
        CurrentUser admin = AuthFilter.requireAdmin(context);
        if (activation == null || activation.pluginId() == null) {
            throw ApiException.badRequest("missing_plugin_id", "pluginId is required");
        }
        Class<?> point;
        try {
            point = ExtensionPoints.byName(extensionPoint);
            String before = settings.get().activePlugin(point).orElse(ExtensionPoints.defaultPlugin(point));
            host.get().activate(point, activation.pluginId());
            audit.record(admin, "plugin.activate", point.getSimpleName(), before + " → " + activation.pluginId());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_plugin", e.getMessage());
        }
        return activation;
    }

    @GET
    @Path("{pluginId}/settings")
    public SettingsForm settingsForm(@PathParam("pluginId") String pluginId, @Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        requireLoaded(pluginId);
        Map<String, String> stored = settings.get().settings(pluginId);
        return host.get().configType(pluginId)
                .map(type -> new SettingsForm(pluginId, true, ConfigBinder.form(type, stored)))
                .orElseGet(() -> new SettingsForm(pluginId, false, List.of()));
    }

    /**
     * Replaces a plugin's settings. When the plugin declares its configuration record, the values are checked
     * against it first (types, ranges, the record's own rules), so a bad value is refused here with the reason
     * instead of failing the plugin later.
     */
    @PUT
    @Path("{pluginId}/settings")
    public Map<String, String> replaceSettings(@PathParam("pluginId") String pluginId, Map<String, String> values,
                                               @Context SecurityContext context) {
        CurrentUser admin = AuthFilter.requireAdmin(context);
        requireLoaded(pluginId);
        boolean valid = values != null
                && values.keySet().stream().allMatch(name -> !name.isBlank() && name.length() <= 100)
                && values.values().stream().allMatch(value -> value != null && value.length() <= 4000);
        if (!valid) {
            throw ApiException.badRequest("invalid_settings",
                    "settings are a JSON object of names up to 100 characters and text values up to 4000");
        }
        host.get().configType(pluginId).ifPresent(type -> {
            try {
                ConfigBinder.bind(type, values);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_settings", e.getMessage());
            }
        });
        Map<String, String> before = settings.get().settings(pluginId);
        settings.get().replaceSettings(pluginId, values);
        audit.record(admin, "plugin.settings", pluginId, AuditLog.diff(before, values));
        return values;
    }

    private void requireLoaded(String pluginId) {
        if (host.get().plugins().stream().noneMatch(plugin -> plugin.id().equals(pluginId))) {
            throw ApiException.notFound("plugin");
        }
    }
}
