package org.masthead.engine.plugin;

import org.masthead.engine.web.WebComponent;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;

/** {@code /api/v1/admin/plugins}: which plugin is active per extension point, and plugin settings. Admins only. */
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

    private final Provider<PluginHost> host;
    private final Provider<PluginSettings> settings;

    @Inject
    public PluginAdminResource(Provider<PluginHost> host, Provider<PluginSettings> settings) {
        this.host = host;
        this.settings = settings;
    }

    @GET
    public List<PluginHost.PluginInfo> plugins(@Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return host.get().plugins();
    }

    @PUT
    @Path("active/{extensionPoint}")
    public Activation activate(@PathParam("extensionPoint") String extensionPoint, Activation activation,
                               @Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        if (activation == null || activation.pluginId() == null) {
            throw ApiException.badRequest("missing_plugin_id", "pluginId is required");
        }
        try {
            host.get().activate(ExtensionPoints.byName(extensionPoint), activation.pluginId());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_plugin", e.getMessage());
        }
        return activation;
    }

    @PUT
    @Path("{pluginId}/settings")
    public Map<String, String> replaceSettings(@PathParam("pluginId") String pluginId, Map<String, String> values,
                                               @Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        if (host.get().plugins().stream().noneMatch(plugin -> plugin.id().equals(pluginId))) {
            throw ApiException.notFound("plugin");
        }
        boolean valid = values != null
                && values.keySet().stream().allMatch(name -> !name.isBlank() && name.length() <= 100)
                && values.values().stream().allMatch(value -> value != null && value.length() <= 4000);
        if (!valid) {
            throw ApiException.badRequest("invalid_settings",
                    "settings are a JSON object of names up to 100 characters and text values up to 4000");
        }
        settings.get().replaceSettings(pluginId, values);
        return values;
    }
}
