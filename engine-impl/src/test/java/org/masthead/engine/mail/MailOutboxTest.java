package org.masthead.engine.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.engine.account.UserService;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.Secrets;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/** The mail outbox on the database under test: idempotent keys, and claims that two nodes cannot both win. */
class MailOutboxTest {
    @TempDir
    static Path dataDir;
    private static TestSite.TestDatabase testDatabase;
    private static Database database;
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private static long userId;

    @BeforeAll
    static void open() {
        testDatabase = TestSite.TestDatabase.create(dataDir);
        database = Database.open(testDatabase.url(), testDatabase.user(), "", 2, dataDir);
        userId = new UserService(database, new org.masthead.engine.jobs.Outbox(database, CLOCK), CLOCK, new org.masthead.engine.audit.AuditLog(database, CLOCK)).signUp(new UserService.SignUp("ana@test.example", "ana", "Ana",
                "long enough password")).id();
    }

    @BeforeEach
    void emptyOutbox() {
        testDatabase.execute("DELETE FROM mail_outbox", dataDir);
    }

    @AfterAll
    static void close() {
        database.close();
        testDatabase.drop();
    }

    @Test
    void aKeyIsQueuedOnceAndOneNodeWinsEachClaim() {
        MailOutbox outbox = new MailOutbox(database, SmtpConfig.NONE, CLOCK);
        MailOutbox.Envelope envelope = new MailOutbox.Envelope("test:1", "test", MailList.FOLLOWER, userId, null, 7, "");
        assertTrue(outbox.enqueue(envelope));
        assertFalse(outbox.enqueue(envelope), "the same key again is a no-op");
        assertEquals(new MailOutbox.Status("not configured", 1, 0), outbox.status());

        MailMapper mails = database.mapper(MailMapper.class);
        Instant now = CLOCK.instant();
        List<Long> due = mails.due(now, 10);
        assertEquals(1, due.size());
        long id = due.get(0);
        assertEquals(1, mails.claim(id, "node-a", now, now.plus(Duration.ofMinutes(5))));
        assertEquals(0, mails.claim(id, "node-b", now, now.plus(Duration.ofMinutes(5))), "claimed by node-a");
        assertEquals(List.of(), mails.due(now, 10));

        // node-a dies; once its claim runs out, node-b takes the mail over and node-a can no longer finish it.
        Instant later = now.plus(Duration.ofMinutes(6));
        assertEquals(List.of(id), mails.due(later, 10));
        assertEquals(1, mails.claim(id, "node-b", later, later.plus(Duration.ofMinutes(5))));
        assertEquals(0, mails.finish(id, "node-a", "SENT", later, null));
        assertEquals(1, mails.finish(id, "node-b", "SENT", later, null));
        assertEquals(List.of(), mails.due(later.plus(Duration.ofDays(1)), 10), "a sent mail is never due again");
        assertEquals("ana@test.example", mails.byId(id).address());
        assertEquals("follower", mails.byId(id).listName());
    }

    @Test
    void administrativeMailGoesFirst() {
        MailOutbox outbox = new MailOutbox(database, SmtpConfig.NONE, CLOCK);
        outbox.enqueue(new MailOutbox.Envelope("order:bulk", "test", MailList.NEWSLETTER, userId, null, 1, ""));
        outbox.enqueue(new MailOutbox.Envelope("order:notice", "test", MailList.CLAPS, userId, null, 1, ""));
        outbox.enqueue(new MailOutbox.Envelope("order:admin", "test", null, userId, "new@test.example", 1, ""));
        MailMapper mails = database.mapper(MailMapper.class);
        List<String> keys = mails.due(CLOCK.instant().plusSeconds(1), 10).stream().map(mails::byId)
                .map(QueuedMail::mailKey).toList();
        assertEquals(List.of("order:admin", "order:notice", "order:bulk"), keys);
        assertEquals("new@test.example", mails.byId(mails.due(CLOCK.instant().plusSeconds(1), 1).get(0)).address());
    }

    @Test
    void linksAreSignedPerPersonAndList() {
        LinkSigner signer = new LinkSigner(new Secrets(database, CLOCK));
        String signature = signer.sign("unsubscribe", "abc", "newsletter");
        assertEquals(24, signature.length());
        assertEquals(signature, new LinkSigner(new Secrets(database, CLOCK)).sign("unsubscribe", "abc", "newsletter"),
                "another node signs alike: the secret is in the database");
        assertTrue(signer.verify(signature, "unsubscribe", "abc", "newsletter"));
        assertFalse(signer.verify(signature, "unsubscribe", "abc", "digest"));
        assertFalse(signer.verify(signature, "preferences", "abc", "newsletter"));
        assertFalse(signer.verify(signature, "unsubscribe", "abd", "newsletter"));
        assertFalse(signer.verify(null, "unsubscribe", "abc", "newsletter"));
    }
}
