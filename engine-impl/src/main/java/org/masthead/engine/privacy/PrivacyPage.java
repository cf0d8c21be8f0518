package org.masthead.engine.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.masthead.engine.site.Page;
import org.masthead.engine.site.Pages;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** The public privacy page, generated from the data map and the privacy plugin's rules. */
@Path("/privacy")
@WebComponent
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PrivacyPage {
    private final PrivacyNotice notice;
    private final Pages pages;

    @Inject
    public PrivacyPage(PrivacyNotice notice, Pages pages) {
        this.notice = notice;
        this.pages = pages;
    }

    @GET
    public String page(@Context SecurityContext context) {
        return pages.render("privacy.vm", "Privacy", AuthFilter.currentUser(context),
                Page.Meta.of("What this site keeps about you, why, and for how long", pages.absolute("/privacy")),
                Map.of("notice", notice.notice()));
    }
}
