package org.masthead.engine.mail;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.site.Page;
import org.masthead.engine.site.Pages;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.IgnoresCredentials;
import org.masthead.engine.web.WebComponent;

/**
 * The pages mail links land on, authenticated by the signed token in the link rather than a session:
 * {@code /mail/unsubscribe/<token>} (a confirmation page; a POST, by its button or by a mail client's RFC 8058
 * one-click request, unsubscribes) and {@code /mail/preferences/<token>} (every list on one form). A GET never
 * changes anything, since mail scanners follow links.
 */
@Path("/")
@WebComponent
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class MailPages {

    /**
     * The unsubscribe page.
     *
     * @param email          whose mail it is
     * @param list           what the list sends
     * @param action         where the button posts
     * @param preferencesUrl the person's preferences page
     * @param done           whether they are unsubscribed now
     */
    public record UnsubscribePage(String email, String list, String action, String preferencesUrl, boolean done) {
    }

    /**
     * A checkbox of the preferences page.
     *
     * @param name    form field
     * @param label   what it sends
     * @param checked whether it is on
     */
    public record Choice(String name, String label, boolean checked) {
    }

    /**
     * The preferences page.
     *
     * @param email         whose mail it is
     * @param action        where the form posts
     * @param lists         one checkbox per on/off list
     * @param digest        the digest setting
     * @param digestOptions the digest settings to choose from
     * @param saved         whether a change was just saved
     */
    public record PreferencesPage(String email, String action, List<Choice> lists, String digest,
                                  List<String> digestOptions, boolean saved) {
    }

    private final MailLinks links;
    private final MailPreferences preferences;
    private final UserService users;
    private final Pages pages;

    @Inject
    public MailPages(MailLinks links, MailPreferences preferences, UserService users, Pages pages) {
        this.links = links;
        this.preferences = preferences;
        this.users = users;
        this.pages = pages;
    }

    @GET
    @Path("mail/unsubscribe/{token}")
    @IgnoresCredentials
    public String unsubscribePage(@PathParam("token") String token) {
        return unsubscribe(token, false);
    }

    /** The one-click unsubscribe: any body (RFC 8058 sends {@code List-Unsubscribe=One-Click}), no cookie. */
    @POST
    @Path("mail/unsubscribe/{token}")
    @IgnoresCredentials
    public String unsubscribeNow(@PathParam("token") String token) {
        return unsubscribe(token, true);
    }

    private String unsubscribe(String token, boolean now) {
        MailLinks.Unsubscribe link = links.unsubscribe(token).orElseThrow(MailPages::invalidLink);
        UserRow user = users.byPublicId(link.userPublicId()).orElseThrow(MailPages::invalidLink);
        if (now) {
            preferences.unsubscribe(user.id(), link.list());
        }
        return pages.render("unsubscribe.vm", "Unsubscribe", null, Page.Meta.none(), Map.of("form", new UnsubscribePage(user.email(), link.list().description(), "/mail/unsubscribe/" + token,
                        links.preferencesUrl(user.publicId()), now)));
    }

    @GET
    @Path("mail/preferences/{token}")
    @IgnoresCredentials
    public String preferencesPage(@PathParam("token") String token) {
        return preferences(token, owner(token), false);
    }

    @POST
    @Path("mail/preferences/{token}")
    @IgnoresCredentials
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String savePreferences(@PathParam("token") String token, @FormParam("newsletter") String newsletter,
                                  @FormParam("digest") String digest, @FormParam("follower") String follower,
                                  @FormParam("response") String response, @FormParam("claps") String claps,
                                  @FormParam("submission") String submission, @FormParam("boost") String boost) {
        UserRow user = owner(token);
        // A checkbox that is not ticked is not sent at all.
        preferences.change(user.id(), new MailPreferences.Preferences(newsletter != null,
                digest == null ? null : digest, new MailPreferences.Notifications(follower != null,
                        response != null, claps != null, submission != null, boost != null)));
        return preferences(token, user, true);
    }

    private UserRow owner(String token) {
        return links.preferences(token).flatMap(users::byPublicId).orElseThrow(MailPages::invalidLink);
    }

    private String preferences(String token, UserRow user, boolean saved) {
        MailPreferences.Preferences current = preferences.of(user.id());
        MailPreferences.Notifications notifications = current.notifications();
        List<Choice> lists = List.of(
                choice(MailList.NEWSLETTER, current.newsletter()),
                choice(MailList.FOLLOWER, notifications.follower()),
                choice(MailList.RESPONSE, notifications.response()),
                choice(MailList.CLAPS, notifications.claps()),
                choice(MailList.SUBMISSION, notifications.submission()),
                choice(MailList.BOOST, notifications.boost()));
        return pages.render("mail-preferences.vm", "Email preferences", null, Page.Meta.none(), Map.of("form", new PreferencesPage(user.email(), "/mail/preferences/" + token, lists, current.digest(),
                        List.of("daily", "weekly", MailList.OFF), saved)));
    }

    private static Choice choice(MailList list, boolean on) {
        return new Choice(list.wireName(), list.description(), on);
    }

    private static ApiException invalidLink() {
        return new ApiException(404, "invalid_link", "This link is not valid: it may have been cut short when it"
                + " was copied. The footer of any mail from us has a fresh one.");
    }
}
