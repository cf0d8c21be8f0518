package org.masthead.engine.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.masthead.engine.web.WebComponent;

/** The privacy notice as JSON, for anyone: what the privacy page shows. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {
    private final PrivacyNotice notice;

    @Inject
    public PrivacyResource(PrivacyNotice notice) {
        this.notice = notice;
    }

    @GET
    @Path("privacy")
    public PrivacyNotice.Notice notice() {
        return notice.notice();
    }
}
