package org.masthead.engine.notification;

import java.util.Locale;
import org.masthead.engine.mail.MailList;

/** What a notification is about, and the mailing list its mail belongs to. */
public enum NoticeKind {
    FOLLOWER(MailList.FOLLOWER),
    RESPONSE(MailList.RESPONSE),
    CLAPS(MailList.CLAPS),
    SUBMISSION(MailList.SUBMISSION),
    BOOST(MailList.BOOST);

    private final MailList list;

    NoticeKind(MailList list) {
        this.list = list;
    }

    public MailList list() {
        return list;
    }

    /** The name in the API, such as {@code follower}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
