package org.masthead.engine.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.masthead.engine.site.Page;
import org.masthead.engine.site.Pages;
import org.masthead.engine.web.IgnoresCredentials;
import org.masthead.engine.web.WebComponent;

/**
 * {@code /account/email/confirm/<token>}, where the confirmation mail's link lands: a page with a button (mail
 * scanners follow links, so the GET changes nothing), whose POST changes the address.
 */
@Path("/")
@WebComponent
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class EmailChangePages {

    /**
     * The confirmation page.
     *
     * @param email  the new address
     * @param action where the button posts
     * @param done   whether the address is changed now
     */
    public record ConfirmPage(String email, String action, boolean done) {
    }

    private final EmailChanges changes;
    private final Pages pages;

    @Inject
    public EmailChangePages(EmailChanges changes, Pages pages) {
        this.changes = changes;
        this.pages = pages;
    }

    @GET
    @Path("account/email/confirm/{token}")
    @IgnoresCredentials
    public String page(@PathParam("token") String token) {
        return render(new ConfirmPage(changes.check(token).email(), "/account/email/confirm/" + token, false));
    }

    @POST
    @Path("account/email/confirm/{token}")
    @IgnoresCredentials
    public String confirm(@PathParam("token") String token) {
        return render(new ConfirmPage(changes.confirm(token), "", true));
    }

    private String render(ConfirmPage page) {
        return pages.render("email-confirm.vm", "Confirm your email address", null, Page.Meta.none(), Map.of("form", page));
    }
}
