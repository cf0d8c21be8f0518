package org.masthead.engine.account;

import org.masthead.engine.web.WebComponent;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.masthead.engine.media.ImageService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.SiteUrl;

/** {@code /api/v1}: sign-up, sign-in, sign-out, and the signed-in user's profile. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    /**
     * A user as the API shows them.
     *
     * @param id          public id
     * @param username    username
     * @param name        display name
     * @param bio         bio
     * @param role        staff role
     * @param createdAt   when they signed up
     * @param avatarUrl   path of their avatar image, if they have one
     * @param email       their email address
     * @param pendingEmail a new address waiting to be confirmed from its mailbox, if they asked for one
     */
    public record UserView(String id, String username, String name, String bio, String role, Instant createdAt,
                           String avatarUrl, String email, EmailChanges.Pending pendingEmail) {
    }

    /**
     * The answer to a sign-in.
     *
     * @param user      who signed in
     * @param csrfToken the token to send as {@code X-CSRF-Token} with state-changing requests
     */
    public record SignedIn(UserView user, String csrfToken) {
    }

    /**
     * A sign-in request.
     *
     * @param email    email
     * @param password password
     */
    public record Login(String email, String password) {
    }

    private final UserService users;
    private final SessionService sessions;
    private final LoginThrottle throttle;
    private final Provider<SiteUrl> site;
    private final ImageService images;
    private final EmailChanges emailChanges;

    @Inject
    public AccountResource(UserService users, SessionService sessions, LoginThrottle throttle,
                           Provider<SiteUrl> site, ImageService images, EmailChanges emailChanges) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.site = site;
        this.images = images;
        this.emailChanges = emailChanges;
    }

    /** Cookies are Secure when the request is HTTPS, or the site is served over HTTPS by a proxy in front. */
    private boolean secure(SecurityContext context) {
        return context.isSecure() || "https".equalsIgnoreCase(site.get().base().getScheme());
    }

    @POST
    @Path("users")
    public Response signUp(UserService.SignUp request) {
        ApiException.requireBody(request);
        return Response.status(201).entity(view(users.signUp(request))).build();
    }

    @POST
    @Path("auth/login")
    public Response login(Login request, @Context SecurityContext context) {
        ApiException.requireBody(request);
        throttle.check(request.email());
        UserRow user = users.authenticate(request.email(), request.password()).orElse(null);
        if (user == null) {
            throttle.failed(request.email());
            throw new ApiException(401, "invalid_credentials", "wrong email or password");
        }
        if (user.suspended()) {
            throw new ApiException(403, "account_suspended", "this account is suspended: " + user.suspensionNote());
        }
        SessionService.NewSession session = sessions.open(user.id());
        NewCookie cookie = new NewCookie.Builder(AuthFilter.SESSION_COOKIE).value(session.token()).path("/")
                .httpOnly(true).secure(secure(context)).sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) SessionService.LIFETIME.toSeconds()).build();
        return Response.ok(new SignedIn(view(user), session.csrfToken())).cookie(cookie).build();
    }

    @POST
    @Path("auth/logout")
    public Response logout(@CookieParam(AuthFilter.SESSION_COOKIE) String token, @Context SecurityContext context) {
        AuthFilter.requireSession(context);
        sessions.close(token);
        NewCookie expired = new NewCookie.Builder(AuthFilter.SESSION_COOKIE).value("").path("/").httpOnly(true)
                .secure(secure(context)).sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
        return Response.noContent().cookie(expired).build();
    }

    @GET
    @Path("me")
    public UserView me(@Context SecurityContext context) {
        CurrentUser current = AuthFilter.requireUser(context, Scope.BASIC_PROFILE);
        return users.byId(current.id()).map(this::view).orElseThrow(ApiException::unauthorized);
    }

    @PATCH
    @Path("me")
    public UserView editProfile(UserService.ProfileEdit edit, @Context SecurityContext context) {
        CurrentUser current = AuthFilter.requireSession(context);
        return view(users.editProfile(current.id(), ApiException.requireBody(edit)));
    }

    /**
     * Asks to change the address: a confirmation link goes to the new one, a notice to the old one, and the change
     * shows as {@code pendingEmail} until it is confirmed. Needs the password, and a session.
     */
    @POST
    @Path("me/email")
    public Response changeEmail(EmailChanges.Request request, @Context SecurityContext context) {
        CurrentUser current = AuthFilter.requireSession(context);
        return Response.status(202).entity(emailChanges.request(current.id(), request)).build();
    }

    private UserView view(UserRow user) {
        return new UserView(user.publicId(), user.username(), user.displayName(), user.bio(), user.staffRole(),
                user.createdAt(), images.path(user.avatarImageId()).orElse(null), user.email(),
                emailChanges.pending(user.id()).orElse(null));
    }
}
