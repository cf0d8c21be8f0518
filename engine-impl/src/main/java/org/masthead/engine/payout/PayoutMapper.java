package org.masthead.engine.payout;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of the payout run: the day's members and their reading, the ledger, and the per-day record. */
public interface PayoutMapper extends Mapper {

    /** A member with dues on the day: the period that makes them one. */
    record DuesRow(long userId, String userPublicId, long priceMinor, String currency, int startDay,
                   int periodEndDay) {
    }

    /**
     * What one member did with one member-only story on one day: the inputs of
     * {@link org.masthead.api.payout.StoryReading}, with the story's readers and reads that day for its read ratio.
     */
    record ReadingRow(long userId, long storyId, String storyPublicId, long writerId, String writerPublicId,
                      String publicationPublicId, long seconds, boolean clapped, boolean highlighted,
                      boolean responded, boolean followedAfter, boolean followsBefore, boolean boosted, long readers,
                      long reads) {
    }

    /** A ledger line as stored. */
    record LineRow(int day, long writerId, String writerUsername, long storyId, String storyPublicId,
                   String storyTitle, String currency, long amountMinor, int members, long readingSeconds,
                   double points, String detail) {
    }

    /** A finished or failed day. */
    record DayRow(int day, String state, String model, int members, String error, Instant ranAt) {
    }

    /** A day's remainder in one currency. */
    record RemainderRow(int day, String currency, long duesMinor, long amountMinor, String reasons) {
    }

    @Select("SELECT m.user_id, u.public_id AS user_public_id, m.price_minor, m.currency, m.start_day,"
            + " m.period_end_day FROM membership m JOIN app_user u ON u.id = m.user_id"
            + " WHERE m.start_day <= #{day} AND m.end_day > #{day} AND m.user_id > #{after}"
            + " ORDER BY m.user_id OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY")
    List<DuesRow> members(@Param("day") int day, @Param("after") long after, @Param("limit") int limit);

    /**
     * The reading of members {@code from..to} on {@code day}: member-only stories only (Medium pays for those), never
     * a writer's reading of their own story. Signals count when they happened that day; "follows" means a follow of
     * the writer or the publication before the member's first view that day, "followed after" one after it.
     */
    @Select("SELECT r.user_id, r.story_id, s.public_id AS story_public_id, s.author_id AS writer_id,"
            + " a.public_id AS writer_public_id, p.public_id AS publication_public_id,"
            + " r.member_reading_seconds AS seconds,"
            + " CASE WHEN EXISTS (SELECT 1 FROM story_clap c WHERE c.story_id = r.story_id AND c.user_id = r.user_id"
            + " AND c.updated_at >= #{start} AND c.updated_at < #{end}) THEN 1 ELSE 0 END AS clapped,"
            + " CASE WHEN EXISTS (SELECT 1 FROM highlight h WHERE h.story_id = r.story_id AND h.user_id = r.user_id"
            + " AND h.created_at >= #{start} AND h.created_at < #{end}) THEN 1 ELSE 0 END AS highlighted,"
            + " CASE WHEN EXISTS (SELECT 1 FROM story x WHERE x.parent_id = r.story_id AND x.author_id = r.user_id"
            + " AND x.first_published_at >= #{start} AND x.first_published_at < #{end}) THEN 1 ELSE 0 END"
            + " AS responded,"
            + " CASE WHEN EXISTS (SELECT 1 FROM user_follow f WHERE f.follower_id = r.user_id"
            + " AND f.followee_id = s.author_id AND f.created_at >= r.first_view_at AND f.created_at < #{end})"
            + " THEN 1 ELSE 0 END AS followed_after,"
            + " CASE WHEN EXISTS (SELECT 1 FROM user_follow f WHERE f.follower_id = r.user_id"
            + " AND f.followee_id = s.author_id AND f.created_at < r.first_view_at)"
            + " OR EXISTS (SELECT 1 FROM publication_follow pf WHERE pf.user_id = r.user_id"
            + " AND pf.publication_id = s.publication_id AND pf.created_at < r.first_view_at)"
            + " THEN 1 ELSE 0 END AS follows_before,"
            + " CASE WHEN EXISTS (SELECT 1 FROM curation_decision d WHERE d.story_id = r.story_id"
            + " AND d.boosted_until > #{start} AND d.created_at < #{end}) THEN 1 ELSE 0 END AS boosted,"
            + " (SELECT COUNT(*) FROM reader_daily q WHERE q.day = r.day AND q.story_id = r.story_id) AS readers,"
            + " (SELECT COUNT(*) FROM reader_daily q WHERE q.day = r.day AND q.story_id = r.story_id"
            + " AND q.is_read = TRUE) AS reads"
            + " FROM reader_daily r JOIN story s ON s.id = r.story_id JOIN app_user a ON a.id = s.author_id"
            + " LEFT JOIN publication p ON p.id = s.publication_id"
            + " WHERE r.day = #{day} AND r.user_id BETWEEN #{from} AND #{to} AND r.member_reading_seconds > 0"
            + " AND s.member_only = TRUE AND s.author_id <> r.user_id"
            + " ORDER BY r.user_id, r.story_id")
    List<ReadingRow> readings(@Param("day") int day, @Param("from") long from, @Param("to") long to,
                              @Param("start") Instant start, @Param("end") Instant end);

    @Insert("INSERT INTO earnings_line (day, writer_id, story_id, currency, amount_minor, members, reading_seconds,"
            + " points, detail, created_at) VALUES (#{day}, #{writerId}, #{storyId}, #{currency}, #{amount},"
            + " #{members}, #{seconds}, #{points}, #{detail}, #{now})")
    void insertLine(@Param("day") int day, @Param("writerId") long writerId, @Param("storyId") long storyId,
                    @Param("currency") String currency, @Param("amount") long amount, @Param("members") int members,
                    @Param("seconds") long seconds, @Param("points") double points, @Param("detail") String detail,
                    @Param("now") Instant now);

    @Insert("INSERT INTO payout_remainder (day, currency, dues_minor, amount_minor, reasons)"
            + " VALUES (#{day}, #{currency}, #{dues}, #{amount}, #{reasons})")
    void insertRemainder(@Param("day") int day, @Param("currency") String currency, @Param("dues") long dues,
                         @Param("amount") long amount, @Param("reasons") String reasons);

    @Select("SELECT day, state, model, members, error, ran_at FROM payout_day WHERE day = #{day}")
    DayRow day(@Param("day") int day);

    @Select("SELECT day, state, model, members, error, ran_at FROM payout_day WHERE day BETWEEN #{from} AND #{to}"
            + " ORDER BY day")
    List<DayRow> days(@Param("from") int from, @Param("to") int to);

    @Select("SELECT MIN(start_day) FROM membership")
    Integer firstMembershipDay();

    @Delete("DELETE FROM payout_day WHERE day = #{day} AND state = 'FAILED'")
    int clearFailure(@Param("day") int day);

    @Insert("INSERT INTO payout_day (day, state, model, members, error, ran_at)"
            + " VALUES (#{day}, #{state}, #{model}, #{members}, #{error,jdbcType=VARCHAR}, #{now})")
    void insertDay(@Param("day") int day, @Param("state") String state, @Param("model") String model,
                   @Param("members") int members, @Param("error") String error, @Param("now") Instant now);

    @Select("SELECT l.day, l.writer_id, w.username AS writer_username, l.story_id, s.public_id AS story_public_id,"
            + " s.title AS story_title, l.currency, l.amount_minor, l.members, l.reading_seconds, l.points, l.detail"
            + " FROM earnings_line l JOIN app_user w ON w.id = l.writer_id JOIN story s ON s.id = l.story_id"
            + " WHERE l.writer_id = #{writerId} AND l.day BETWEEN #{from} AND #{to}"
            + " ORDER BY l.day DESC, l.amount_minor DESC, l.story_id")
    List<LineRow> linesOfWriter(@Param("writerId") long writerId, @Param("from") int from, @Param("to") int to);

    @Select("SELECT day, currency, dues_minor, amount_minor, reasons FROM payout_remainder"
            + " WHERE day BETWEEN #{from} AND #{to} ORDER BY day, currency")
    List<RemainderRow> remainders(@Param("from") int from, @Param("to") int to);

    /** Per day and currency, what writers earned, how many lines and writers. */
    record DayTotal(int day, String currency, long amountMinor, long writers, long stories) {
    }

    @Select("SELECT day, currency, SUM(amount_minor) AS amount_minor, COUNT(DISTINCT writer_id) AS writers,"
            + " COUNT(*) AS stories FROM earnings_line WHERE day BETWEEN #{from} AND #{to}"
            + " GROUP BY day, currency ORDER BY day, currency")
    List<DayTotal> totals(@Param("from") int from, @Param("to") int to);

    @Select("SELECT username FROM app_user WHERE id = #{id}")
    String username(@Param("id") long id);
}
