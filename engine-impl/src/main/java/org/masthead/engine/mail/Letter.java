package org.masthead.engine.mail;

import java.util.Optional;
import java.util.Set;

/**
 * Writes the mails of some kinds when the sender is about to send them, from the current state of what they are
 * about: a story edited since it was queued goes out as it is now, and one deleted since is not sent at all. A
 * feature that sends mail provides a bean of this type and queues its mails with {@link MailOutbox}.
 */
public interface Letter {

    /** The kinds it writes, as queued in {@link MailOutbox.Envelope#kind()}. */
    Set<String> kinds();

    /**
     * Writes {@code mail} for {@code to}; empty when it should no longer be sent (what it was about is gone).
     * Called on the sender's thread, outside any transaction.
     */
    Optional<Mail> write(QueuedMail mail, Addressee to);
}
