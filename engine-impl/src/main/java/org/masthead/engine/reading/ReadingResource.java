package org.masthead.engine.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.IgnoresCredentials;
import org.masthead.engine.web.JsonMapper;
import org.masthead.engine.web.WebComponent;

/**
 * {@code POST /api/v1/reading}, the reading beacon, and {@code GET /api/v1/me/stats…}, writers' stats. Its root is
 * {@code /api/v1}, shared with the other API resources (see {@code SocialResource}).
 */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
public class ReadingResource {
    private static final ObjectMapper JSON = new JsonMapper().getContext(ReadingService.Beacon.class);

    private final ReadingService reading;
    private final ReadingStats stats;

    @Inject
    public ReadingResource(ReadingService reading, ReadingStats stats) {
        this.reading = reading;
        this.stats = stats;
    }

    @POST
    @Path("reading")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @IgnoresCredentials
    @Operation(summary = "Report reading progress and feed presentations",
            description = "Sent by /static/beacon.js, also as navigator.sendBeacon's text/plain. The reader is the one"
                    + " the view token was issued to; sessions are ignored, so no CSRF header is needed. Bots'"
                    + " beacons are accepted and dropped. 204 when recorded.",
            requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = ReadingService.Beacon.class))))
    public Response beacon(String body, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        reading.record(parse(body), userAgent);
        return Response.noContent().build();
    }

    private static ReadingService.Beacon parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("missing_body", "a JSON body is required");
        }
        try {
            return JSON.readValue(body, ReadingService.Beacon.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed_json", "the beacon is not a JSON object of the documented shape");
        }
    }

    @GET
    @Path("me/stats")
    @Operation(summary = "The signed-in writer's stats",
            description = "Presentations, views, reads, read ratio, reading time and members' reading time of every"
                    + " published story, by day, by source and by story, for UTC dates from..to (both included;"
                    + " the last 30 days by default, at most 366). Updated every job tick.")
    public ReadingStats.WriterStats writerStats(@QueryParam("from") String from, @QueryParam("to") String to,
                                                @Context SecurityContext context) {
        return stats.writer(AuthFilter.requireUser(context), from, to);
    }

    @GET
    @Path("me/stats/stories/{id}")
    @Operation(summary = "One of the signed-in writer's stories' stats", description = "As GET /api/v1/me/stats,"
            + " for one story: totals, every day and every source of the range.")
    public ReadingStats.StoryStats storyStats(@PathParam("id") String id, @QueryParam("from") String from,
                                              @QueryParam("to") String to, @Context SecurityContext context) {
        return stats.story(AuthFilter.requireUser(context), id, from, to);
    }
}
