package org.masthead.engine.web;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.Set;
import org.masthead.engine.health.HealthResource;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3 description of the JSON APIs ({@code /api/v1} and Medium's
 * {@code /v1}), generated from the resources themselves so that it cannot fall out of step with them.
 */
@Path("/api/v1/openapi.json")
@WebComponent
public class OpenApiResource {
    private final BeanManager beans;
    private volatile String document;

    @Inject
    public OpenApiResource(BeanManager beans) {
        this.beans = beans;
    }

    /** Built on first request rather than at start: generating it takes a noticeable part of a second. */
    private static String generate(BeanManager beans) {
        Set<Class<?>> resources = new LinkedHashSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path path = bean.getBeanClass().getAnnotation(Path.class);
            if (path != null && isApi(path.value())) {
                resources.add(bean.getBeanClass());
            }
        }
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Masthead API").version(HealthResource.engineVersion())
                        .description("JSON API of a Masthead publication, and Medium's v1 API at /v1."))
                .components(new Components()
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name(AuthFilter.SESSION_COOKIE)
                                .description("Session from POST /api/v1/auth/login; state-changing calls also send "
                                        + AuthFilter.CSRF_HEADER))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("Integration token from POST /api/v1/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("session"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
        OpenAPI api = new Reader(new SwaggerConfiguration().openAPI(base).prettyPrint(true)).read(resources);
        try {
            return Json.pretty().writeValueAsString(api);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    private static boolean isApi(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.startsWith("api/") || trimmed.equals("v1") || trimmed.startsWith("v1/");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        if (document == null) {
            document = generate(beans);
        }
        return document;
    }
}
