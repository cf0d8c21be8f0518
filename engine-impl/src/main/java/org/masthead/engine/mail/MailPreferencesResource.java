package org.masthead.engine.mail;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.masthead.engine.account.Scope;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** {@code /api/v1/me/mail-preferences}: which mail the signed-in person receives. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailPreferencesResource {
    private final MailPreferences preferences;

    @Inject
    public MailPreferencesResource(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @GET
    @Path("me/mail-preferences")
    public MailPreferences.Preferences get(@Context SecurityContext context) {
        return preferences.of(AuthFilter.requireUser(context, Scope.BASIC_PROFILE).id());
    }

    @PUT
    @Path("me/mail-preferences")
    public MailPreferences.Preferences change(MailPreferences.Preferences change, @Context SecurityContext context) {
        return preferences.change(AuthFilter.requireSession(context).id(), ApiException.requireBody(change));
    }
}
