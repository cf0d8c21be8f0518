package org.masthead.engine.mail;

import java.util.Optional;

/**
 * A mail in the outbox, with its recipient's account.
 *
 * @param id           database id
 * @param mailKey      the key that makes it unique, such as {@code newsletter:12:34}
 * @param kind         which {@link Letter} writes it
 * @param listName     its {@link MailList}'s wire name, empty for administrative mail
 * @param userId       the recipient's account
 * @param toAddress    the address to send to, when not the account's current one (a new address to confirm)
 * @param subjectId    what the mail is about: a story, a notification, an email change…, as its kind says
 * @param detail       kind-specific detail
 * @param attempts     failed attempts so far
 * @param userPublicId the recipient's public id
 * @param userEmail    the recipient's current address
 * @param userName     the recipient's display name
 */
public record QueuedMail(long id, String mailKey, String kind, String listName, long userId, String toAddress,
                         long subjectId, String detail, int attempts, String userPublicId, String userEmail,
                         String userName) {

    /** The list this mail belongs to; empty for administrative mail. */
    public Optional<MailList> list() {
        return MailList.parse(listName);
    }

    /** Where it goes. */
    public String address() {
        return toAddress != null ? toAddress : userEmail;
    }
}
