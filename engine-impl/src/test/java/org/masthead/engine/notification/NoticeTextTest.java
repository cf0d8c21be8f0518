package org.masthead.engine.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What each kind of notification says, and where it leads. */
class NoticeTextTest {

    private static NotificationRow row(NoticeKind kind, String detail, String storyTitle, String publication) {
        return new NotificationRow(1, "n1", 2, kind.name(), detail, Instant.EPOCH, null, "u1", "bob", "Bob B",
                storyTitle == null ? null : "5e1f", storyTitle, storyTitle == null ? null : "tide-tables", "ana",
                publication);
    }

    @Test
    void eachKindSaysWhatHappened() {
        assertEquals(new NoticeText("Bob B started following you.", "/@bob"),
                NoticeText.of(row(NoticeKind.FOLLOWER, "", null, null)));
        assertEquals(new NoticeText("Bob B responded to “Tide tables”.", "/@ana/tide-tables-5e1f"),
                NoticeText.of(row(NoticeKind.RESPONSE, "", "Tide tables", null)));
        assertEquals(new NoticeText("1 reader clapped 1 time for “Tide tables” on Mar 2.", "/@ana/tide-tables-5e1f"),
                NoticeText.of(row(NoticeKind.CLAPS, "1:1:20514", "Tide tables", null)));
        assertEquals("12 readers clapped 80 times for “Tide tables” on Mar 2.",
                NoticeText.of(row(NoticeKind.CLAPS, "12:80:20514", "Tide tables", null)).message());
        assertEquals("Harbour accepted “Tide tables”.",
                NoticeText.of(row(NoticeKind.SUBMISSION, "ACCEPTED", "Tide tables", "Harbour")).message());
        assertEquals("Harbour asked for changes to “Tide tables”.",
                NoticeText.of(row(NoticeKind.SUBMISSION, "CHANGES_REQUESTED", "Tide tables", "Harbour")).message());
        assertEquals("Harbour declined “Tide tables”.",
                NoticeText.of(row(NoticeKind.SUBMISSION, "DECLINED", "Tide tables", "Harbour")).message());
        assertEquals("“Tide tables” was Boosted: curators picked it to reach more readers.",
                NoticeText.of(row(NoticeKind.BOOST, "", "Tide tables", null)).message());
    }

    @Test
    void aDeletedStoryIsNamedAsSuch() {
        assertEquals(new NoticeText("A story that was deleted was Boosted: curators picked it to reach more readers.",
                "/"), NoticeText.of(row(NoticeKind.BOOST, "", null, null)));
        assertEquals("The publication declined a story that was deleted.",
                NoticeText.of(row(NoticeKind.SUBMISSION, "DECLINED", null, null)).message());
    }
}
