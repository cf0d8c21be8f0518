package org.masthead.engine.reading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.masthead.engine.account.UserService;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.Secrets;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;

/**
 * Issues view tokens for story pages and records what the reading beacon reports: a view at the page's first
 * beacon, its reading time (capped by {@link ReadingRules}), and stories presented in feeds. Only the view's own
 * row is written; {@link ReadingFold} adds views up.
 */
@ApplicationScoped
public class ReadingService {
    /** Most story ids one presentation beacon may carry. */
    public static final int MAX_PRESENTED = 50;
    private static final int MAX_REPORTED_SECONDS = 86_400;
    private static final Pattern STORY_ID = Pattern.compile("[0-9a-f]{12}");
    private static final String KEY_NAME = "reading.view-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What a beacon reports: a story page's reading progress, stories presented on a feed surface, or both.
     *
     * @param token   the story page's view token ({@code data-view-token})
     * @param seconds the seconds the page has been visible and in use since it was opened, a running total
     * @param surface the feed surface of {@code stories}: home, following, for_you, tag, more_from or search
     * @param stories public ids of stories whose cards were shown (at most 50)
     */
    public record Beacon(String token, Integer seconds, String surface, List<String> stories) {
    }

    private final Database database;
    private final ReadingMapper mapper;
    private final StoryService stories;
    private final UserService users;
    private final BotFilter bots;
    private final Clock clock;
    private final Secrets secrets;
    private volatile ViewToken.Signer signer;

    @Inject
    public ReadingService(Database database, StoryService stories, UserService users, BotFilter bots, Clock clock,
                          Secrets secrets) {
        this.secrets = secrets;
        this.database = database;
        this.mapper = database.mapper(ReadingMapper.class);
        this.stories = stories;
        this.users = users;
        this.bots = bots;
        this.clock = clock;
    }

    /**
     * A view token for the signed-in reader {@code userId}, or else the logged-out reader with the reader cookie
     * {@code readerCookie}, opening {@code story} from {@code origin}; empty when the view is not to be counted
     * (the writer's own story, or a story not open to every reader, such as a draft being previewed).
     */
    public String issue(StoryRow story, Long userId, String readerCookie, Source.Origin origin) {
        if (!story.isReadable() || userId != null && userId == story.authorId()) {
            return "";
        }
        String readerKey = userId != null ? "u" + userId : "a" + cookieHash(readerCookie);
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        return signer().sign(new ViewToken(story.publicId(), readerKey, clock.instant(), origin,
                Base64.getUrlEncoder().withoutPadding().encodeToString(nonce)));
    }

    /**
     * Records a beacon sent with {@code userAgent}. Beacons of bots are accepted and dropped; so are those of a
     * token past its {@linkplain ReadingRules#TOKEN_LIFETIME lifetime}.
     *
     * @throws ApiException 400 {@code invalid_view_token} for a token this site did not issue,
     *                      {@code invalid_seconds}, {@code invalid_surface}, {@code invalid_stories} or
     *                      {@code empty_beacon}
     */
    public void record(Beacon beacon, String userAgent) {
        ApiException.requireBody(beacon);
        if (beacon.token() == null && beacon.stories() == null) {
            throw ApiException.badRequest("empty_beacon", "a beacon reports a view token, presented stories, or both");
        }
        ViewToken token = beacon.token() == null ? null : signer().verify(beacon.token()).orElseThrow(
                () -> ApiException.badRequest("invalid_view_token", "the view token is not one this site issued"));
        int seconds = beacon.seconds() == null ? 0 : beacon.seconds();
        if (seconds < 0 || seconds > MAX_REPORTED_SECONDS) {
            throw ApiException.badRequest("invalid_seconds", "seconds must be between 0 and " + MAX_REPORTED_SECONDS);
        }
        List<String> presented = beacon.stories() == null ? List.of() : presented(beacon);
        if (bots.isBot(userAgent)) {
            return;
        }
        Instant now = clock.instant();
        if (token != null && ReadingRules.isLive(token.issuedAt(), now)) {
            view(token, seconds, now);
        }
        if (!presented.isEmpty()) {
            mapper.insertPresentations(presented, beacon.surface(), ReadingRules.day(now));
        }
    }

    private static List<String> presented(Beacon beacon) {
        Source surface = Source.byWireName(beacon.surface());
        if (surface == null || !surface.isSurface()) {
            throw ApiException.badRequest("invalid_surface",
                    "surface must be home, following, for_you, tag, more_from or search");
        }
        List<String> ids = beacon.stories().stream().distinct().toList();
        if (ids.size() > MAX_PRESENTED || ids.stream().anyMatch(id -> id == null || !STORY_ID.matcher(id).matches())) {
            throw ApiException.badRequest("invalid_stories", "stories must be at most " + MAX_PRESENTED
                    + " story ids");
        }
        return ids;
    }

    private void view(ViewToken token, int seconds, Instant now) {
        // Two tries: a beacon of the same page that got in between (the last heartbeat and the one sent on leaving)
        // changed the row, so read it again and apply this one on top.
        for (int attempt = 0; attempt < 2; attempt++) {
            ReadingMapper.ViewRow view = mapper.viewByNonce(token.nonce());
            if (view == null) {
                view = start(token, now);
                if (view == null) {
                    return;
                }
            }
            ReadingRules.Credit before = new ReadingRules.Credit(view.reportedSeconds(), view.readingSeconds());
            ReadingRules.Credit after = ReadingRules.credit(before, seconds, view.capSeconds(), token.issuedAt(), now);
            if (after.equals(before) || mapper.credit(view.id(), before.reported(), after.reported(),
                    after.reading()) == 1) {
                return;
            }
        }
    }

    /** The view's row, created at its first beacon; null when the story is no longer to be counted. */
    private ReadingMapper.ViewRow start(ViewToken token, Instant now) {
        StoryRow story = stories.find(token.storyId(), null).map(StoryService.Story::row).orElse(null);
        Long userId = token.userId();
        if (story == null || userId != null && userId == story.authorId()) {
            return null;
        }
        boolean member = userId != null && users.isMember(userId, now);
        try {
            database.inTransaction(() -> mapper.insertView(token.nonce(), story.id(), token.readerKey(), userId, member,
                    token.origin().source().wireName(), token.origin().referrerHost(),
                    ReadingRules.day(token.issuedAt()), token.issuedAt(), ReadingRules.capSeconds(story.wordCount())));
        } catch (RuntimeException e) {
            // The page's first two beacons raced; the other one created the row.
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
        return mapper.viewByNonce(token.nonce());
    }

    private ViewToken.Signer signer() {
        ViewToken.Signer current = signer;
        if (current == null) {
            current = new ViewToken.Signer(secrets.key(KEY_NAME));
            signer = current;
        }
        return current;
    }

    /**
     * How a logged-out reader's cookie is kept in tokens and rows: hashed, so the stored value cannot be turned
     * back into a cookie that identifies the browser.
     */
    static String cookieHash(String readerCookie) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(readerCookie.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
