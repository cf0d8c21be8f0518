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

    /** One member's reading of one member-only story on one day, before the signals are put to it. */
    record ReadingRow(long userId, long storyId, String storyPublicId, long writerId, String writerPublicId,
                      Long publicationId, String publicationPublicId, long seconds, Instant firstViewAt) {
    }

    /** A story's readers that day, and those who read it for 30 seconds or more: its read ratio. */
    record StoryDayRow(long storyId, long readers, long reads) {
    }

    /** A person and a story they clapped, highlighted or responded to, or a writer they follow. */
    record Link(long userId, long targetId) {
    }

    /** A follow of a writer or a publication, and when. */
    record FollowRow(long userId, long followeeId, Instant createdAt) {
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
     * The reading of members {@code from..to} on {@code day}: member-only stories without an earning block (Medium
     * pays for those), never a writer's reading of their own story. Whether the writer is in the Partner Program is
     * checked against {@link #partners()}: a join with the enrolments cost a tenth of the run on Derby. Only plain range scans: the signals come from the queries below, one
     * each per batch of members, because per-row subqueries cost a third of a millisecond a row on Derby.
     */
    @Select("SELECT r.user_id, r.story_id, s.public_id AS story_public_id, s.author_id AS writer_id,"
            + " a.public_id AS writer_public_id, s.publication_id, p.public_id AS publication_public_id,"
            + " r.member_reading_seconds AS seconds, r.first_view_at"
            + " FROM reader_daily r JOIN story s ON s.id = r.story_id JOIN app_user a ON a.id = s.author_id"
            + " LEFT JOIN publication p ON p.id = s.publication_id"
            + " WHERE r.day = #{day} AND r.is_member = TRUE AND r.user_id BETWEEN #{from} AND #{to}"
            + " AND r.member_reading_seconds > 0 AND s.member_only = TRUE AND s.earning_block IS NULL"
            + " AND s.author_id <> r.user_id"
            + " ORDER BY r.user_id, r.story_id")
    List<ReadingRow> readings(@Param("day") int day, @Param("from") long from, @Param("to") long to);

    /** The writers in the Partner Program now. */
    @Select("SELECT user_id FROM partner_enrolment")
    List<Long> partners();

    @Select("SELECT story_id, COUNT(*) AS readers, SUM(CASE WHEN is_read = TRUE THEN 1 ELSE 0 END) AS reads"
            + " FROM reader_daily WHERE day = #{day} GROUP BY story_id")
    List<StoryDayRow> storyDays(@Param("day") int day);

    @Select("SELECT user_id, story_id AS target_id FROM story_clap WHERE user_id BETWEEN #{from} AND #{to}"
            + " AND updated_at >= #{start} AND updated_at < #{end}")
    List<Link> claps(@Param("from") long from, @Param("to") long to, @Param("start") Instant start,
                       @Param("end") Instant end);

    @Select("SELECT DISTINCT user_id, story_id AS target_id FROM highlight WHERE user_id BETWEEN #{from} AND #{to}"
            + " AND created_at >= #{start} AND created_at < #{end}")
    List<Link> highlights(@Param("from") long from, @Param("to") long to, @Param("start") Instant start,
                            @Param("end") Instant end);

    @Select("SELECT DISTINCT author_id AS user_id, parent_id AS target_id FROM story WHERE author_id BETWEEN #{from}"
            + " AND #{to} AND parent_id IS NOT NULL AND first_published_at >= #{start} AND first_published_at < #{end}")
    List<Link> responses(@Param("from") long from, @Param("to") long to, @Param("start") Instant start,
                           @Param("end") Instant end);

    @Select("SELECT follower_id AS user_id, followee_id, created_at FROM user_follow WHERE follower_id BETWEEN"
            + " #{from} AND #{to} AND created_at < #{end}")
    List<FollowRow> writerFollows(@Param("from") long from, @Param("to") long to, @Param("end") Instant end);

    @Select("SELECT user_id, publication_id AS followee_id, created_at FROM publication_follow WHERE user_id BETWEEN"
            + " #{from} AND #{to} AND created_at < #{end}")
    List<FollowRow> publicationFollows(@Param("from") long from, @Param("to") long to, @Param("end") Instant end);

    /** Stories Boosted at some time of the day. */
    @Select("SELECT DISTINCT story_id FROM curation_decision WHERE boosted_until > #{start} AND created_at < #{end}")
    List<Long> boosted(@Param("start") Instant start, @Param("end") Instant end);

    /** A ledger line to write. */
    record NewLine(long writerId, long storyId, String currency, long amount, int members, long seconds,
                   double points, long readers, long reads, String detail) {
    }

    /** Writes a day's lines, many to a statement: one statement a line was most of a day's cost on Derby. */
    @Insert({"<script>INSERT INTO earnings_line (day, writer_id, story_id, currency, amount_minor, members,"
            + " reading_seconds, points, story_readers, story_reads, detail, created_at) VALUES",
        "<foreach item='l' collection='lines' separator=','>(#{day}, #{l.writerId}, #{l.storyId}, #{l.currency},"
            + " #{l.amount}, #{l.members}, #{l.seconds}, #{l.points}, #{l.readers}, #{l.reads}, #{l.detail}, #{now})"
            + "</foreach></script>"})
    void insertLines(@Param("day") int day, @Param("lines") List<NewLine> lines, @Param("now") Instant now);

    /** The read ratios a DONE day was paid with, for the stories that earned (lines before V21 have none). */
    @Select("SELECT DISTINCT story_id, story_readers AS readers, story_reads AS reads FROM earnings_line"
            + " WHERE day = #{day} AND story_readers > 0")
    List<StoryDayRow> paidStoryDays(@Param("day") int day);

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
