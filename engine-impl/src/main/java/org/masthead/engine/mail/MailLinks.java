package org.masthead.engine.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.engine.web.SiteUrl;

/**
 * The signed links of mail footers: one-click unsubscribe from one list ({@code <user>.<list>.<signature>}) and
 * the mail preferences page ({@code <user>.<signature>}), where {@code <user>} is the person's public id. They do
 * not expire, as RFC 8058 expects of unsubscribe links.
 */
@ApplicationScoped
public class MailLinks {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String UNSUBSCRIBE = "unsubscribe";
    private static final String PREFERENCES = "preferences";

    /**
     * What an unsubscribe link names.
     *
     * @param userPublicId the person
     * @param list         the list to leave
     */
    public record Unsubscribe(String userPublicId, MailList list) {
    }

    private final LinkSigner signer;
    private final Provider<SiteUrl> site;

    @Inject
    public MailLinks(LinkSigner signer, Provider<SiteUrl> site) {
        this.signer = signer;
        this.site = site;
    }

    /** The absolute one-click unsubscribe URL of {@code list} for the person {@code userPublicId}. */
    public String unsubscribeUrl(String userPublicId, MailList list) {
        return site.get().of("mail/unsubscribe/" + userPublicId + "." + list.wireName() + "."
                + signer.sign(UNSUBSCRIBE, userPublicId, list.wireName()));
    }

    /** The absolute URL of the person's mail preferences page. */
    public String preferencesUrl(String userPublicId) {
        return site.get().of("mail/preferences/" + userPublicId + "." + signer.sign(PREFERENCES, userPublicId));
    }

    /** What a genuine unsubscribe token names; empty for anything else. */
    public Optional<Unsubscribe> unsubscribe(String token) {
        String[] parts = split(token, 3);
        if (parts == null || !signer.verify(parts[2], UNSUBSCRIBE, parts[0], parts[1])) {
            return Optional.empty();
        }
        return MailList.parse(parts[1]).map(list -> new Unsubscribe(parts[0], list));
    }

    /** The public id of the person a genuine preferences token is for; empty for anything else. */
    public Optional<String> preferences(String token) {
        String[] parts = split(token, 2);
        return parts != null && signer.verify(parts[1], PREFERENCES, parts[0]) ? Optional.of(parts[0])
                : Optional.empty();
    }

    private static String[] split(String token, int count) {
        if (token == null) {
            return null;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != count) {
            return null;
        }
        for (String part : parts) {
            if (!PART.matcher(part).matches()) {
                return null;
            }
        }
        return parts;
    }
}
