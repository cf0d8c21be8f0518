package org.masthead.engine.reading;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/**
 * SQL of the reading events ({@code reading_view}, {@code reading_presentation}), of the aggregates the fold writes
 * ({@code reader_daily}, {@code story_daily_stats}, {@code story_source_daily}).
 */
public interface ReadingMapper extends Mapper {

    /**
     * A row of {@code reading_view}.
     *
     * @param id              database id
     * @param storyId         story
     * @param readerKey       {@code u} + user id, or {@code a} + hash of the reader cookie
     * @param userId          signed-in reader, or null
     * @param isMember        whether the reader was a member when the view started
     * @param source          traffic source, by wire name
     * @param referrerHost    referring host for external traffic, else empty
     * @param day             UTC day of the token
     * @param issuedAt        when the page was rendered
     * @param reportedSeconds visible reading seconds last reported by the page
     * @param readingSeconds  credited reading seconds
     * @param capSeconds      most reading seconds this view may be credited
     * @param counted         1 counted view, 0 repeat, null before the first fold
     * @param isRead          folded as a read
     * @param foldedSeconds   reading seconds already in the aggregates
     */
    record ViewRow(long id, long storyId, String readerKey, Long userId, boolean isMember, String source,
                   String referrerHost, int day, Instant issuedAt, int reportedSeconds, int readingSeconds,
                   int capSeconds, Integer counted, boolean isRead, int foldedSeconds) {
    }

    String VIEW_COLUMNS = "id, story_id, reader_key, user_id, is_member, source, referrer_host, day, issued_at,"
            + " reported_seconds, reading_seconds, cap_seconds, counted, is_read, folded_seconds";

    @Select("SELECT " + VIEW_COLUMNS + " FROM reading_view WHERE nonce = #{nonce}")
    ViewRow viewByNonce(@Param("nonce") String nonce);

    @Insert("INSERT INTO reading_view (nonce, story_id, reader_key, user_id, is_member, source, referrer_host, day,"
            + " issued_at, reported_seconds, reading_seconds, cap_seconds, pending) VALUES (#{nonce}, #{storyId},"
            + " #{readerKey}, #{userId,jdbcType=BIGINT}, #{member}, #{source}, #{referrerHost}, #{day}, #{issuedAt},"
            + " 0, 0, #{capSeconds}, 1)")
    void insertView(@Param("nonce") String nonce, @Param("storyId") long storyId, @Param("readerKey") String readerKey,
                    @Param("userId") Long userId, @Param("member") boolean member, @Param("source") String source,
                    @Param("referrerHost") String referrerHost, @Param("day") int day,
                    @Param("issuedAt") Instant issuedAt, @Param("capSeconds") int capSeconds);

    /**
     * Records a beacon's credit, if no other beacon of the view got in first (returns 0 then). The view becomes
     * pending only when its reading time changed.
     */
    @Update("UPDATE reading_view SET pending = CASE WHEN reading_seconds = #{reading} THEN pending ELSE 1 END,"
            + " reported_seconds = #{reported}, reading_seconds = #{reading}"
            + " WHERE id = #{id} AND reported_seconds = #{before}")
    int credit(@Param("id") long id, @Param("before") int before, @Param("reported") int reported,
               @Param("reading") int reading);

    @Insert({"<script>INSERT INTO reading_presentation (story_public_id, surface, day) VALUES",
        "<foreach item='story' collection='stories' separator=','>(#{story}, #{surface}, #{day})</foreach></script>"})
    void insertPresentations(@Param("stories") List<String> stories, @Param("surface") String surface,
                             @Param("day") int day);

    // ---- the fold

    @Select("SELECT " + VIEW_COLUMNS + " FROM reading_view WHERE pending = 1 ORDER BY id FETCH FIRST #{limit} ROWS ONLY")
    List<ViewRow> pendingViews(@Param("limit") int limit);

    /** When the reader's counted views of the story between {@code from} and {@code to} were issued. */
    @Select("SELECT issued_at FROM reading_view WHERE reader_key = #{readerKey} AND story_id = #{storyId}"
            + " AND issued_at BETWEEN #{from} AND #{to} AND counted = 1")
    List<Instant> countedViews(@Param("readerKey") String readerKey, @Param("storyId") long storyId,
                               @Param("from") Instant from, @Param("to") Instant to);

    @Update("UPDATE reading_view SET folded_seconds = #{seen}, counted = #{counted}, is_read = #{read},"
            + " pending = CASE WHEN reading_seconds = #{seen} THEN 0 ELSE 1 END WHERE id = #{id}")
    void markFolded(@Param("id") long id, @Param("seen") int seen, @Param("counted") int counted,
                    @Param("read") boolean read);

    /**
     * What {@code reader_daily} holds so far of one reader, story and day.
     *
     * @param isMember whether any of the views was a member's
     * @param isRead   whether the reader read the story that day
     */
    record ReaderDay(boolean isMember, boolean isRead) {
    }

    @Select("SELECT is_member, is_read FROM reader_daily WHERE day = #{day} AND story_id = #{storyId}"
            + " AND reader_key = #{readerKey}")
    ReaderDay readerDay(@Param("day") int day, @Param("storyId") long storyId, @Param("readerKey") String readerKey);

    @Insert("INSERT INTO reader_daily (day, story_id, reader_key, user_id, is_member, views, reading_seconds,"
            + " member_reading_seconds, is_read, first_view_at) VALUES (#{v.day}, #{v.storyId}, #{v.readerKey},"
            + " #{v.userId,jdbcType=BIGINT}, #{v.isMember}, #{views}, #{seconds}, #{memberSeconds}, #{read},"
            + " #{v.issuedAt})")
    void insertReaderDay(@Param("v") ViewRow view, @Param("views") int views, @Param("seconds") int seconds,
                         @Param("memberSeconds") int memberSeconds, @Param("read") boolean read);

    @Update("UPDATE reader_daily SET views = views + #{views}, reading_seconds = reading_seconds + #{seconds},"
            + " member_reading_seconds = member_reading_seconds + #{memberSeconds}, is_member = #{member},"
            + " is_read = #{read} WHERE day = #{v.day} AND story_id = #{v.storyId} AND reader_key = #{v.readerKey}")
    void addToReaderDay(@Param("v") ViewRow view, @Param("views") int views, @Param("seconds") int seconds,
                        @Param("memberSeconds") int memberSeconds, @Param("member") boolean member,
                        @Param("read") boolean read);

    @Update("UPDATE story_daily_stats SET presentations = presentations + #{t.presentations},"
            + " views = views + #{t.views}, reads = reads + #{t.reads}, readers = readers + #{t.readers},"
            + " member_views = member_views + #{t.memberViews}, member_reads = member_reads + #{t.memberReads},"
            + " reading_seconds = reading_seconds + #{t.readingSeconds},"
            + " member_reading_seconds = member_reading_seconds + #{t.memberReadingSeconds}"
            + " WHERE story_id = #{storyId} AND day = #{day}")
    int addToStoryDay(@Param("storyId") long storyId, @Param("day") int day, @Param("t") Tally tally);

    @Insert("INSERT INTO story_daily_stats (story_id, day, presentations, views, reads, readers, member_views,"
            + " member_reads, reading_seconds, member_reading_seconds) VALUES (#{storyId}, #{day},"
            + " #{t.presentations}, #{t.views}, #{t.reads}, #{t.readers}, #{t.memberViews}, #{t.memberReads},"
            + " #{t.readingSeconds}, #{t.memberReadingSeconds})")
    void insertStoryDay(@Param("storyId") long storyId, @Param("day") int day, @Param("t") Tally tally);

    @Update("UPDATE story_source_daily SET presentations = presentations + #{t.presentations},"
            + " views = views + #{t.views}, reads = reads + #{t.reads}, reading_seconds = reading_seconds + #{t.readingSeconds}"
            + " WHERE story_id = #{storyId} AND day = #{day} AND source = #{source} AND referrer_host = #{host}")
    int addToSourceDay(@Param("storyId") long storyId, @Param("day") int day, @Param("source") String source,
                       @Param("host") String host, @Param("t") Tally tally);

    @Insert("INSERT INTO story_source_daily (story_id, day, source, referrer_host, presentations, views, reads,"
            + " reading_seconds) VALUES (#{storyId}, #{day}, #{source}, #{host}, #{t.presentations}, #{t.views},"
            + " #{t.reads}, #{t.readingSeconds})")
    void insertSourceDay(@Param("storyId") long storyId, @Param("day") int day, @Param("source") String source,
                         @Param("host") String host, @Param("t") Tally tally);

    /**
     * A presentation waiting to be folded.
     *
     * @param id      database id
     * @param storyId the story, or null when the reported public id names none
     * @param surface surface, by wire name
     * @param day     UTC day
     */
    record PresentationRow(long id, Long storyId, String surface, int day) {
    }

    @Select("SELECT p.id, s.id AS story_id, p.surface, p.day FROM reading_presentation p"
            + " LEFT JOIN story s ON s.public_id = p.story_public_id ORDER BY p.id FETCH FIRST #{limit} ROWS ONLY")
    List<PresentationRow> presentations(@Param("limit") int limit);

    @Delete({"<script>DELETE FROM reading_presentation WHERE id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>"})
    void deletePresentations(@Param("ids") List<Long> ids);

    @Delete("DELETE FROM reading_view WHERE issued_at < #{before} AND pending = 0")
    int purgeViews(@Param("before") Instant before);

    @Delete("DELETE FROM reader_daily WHERE day < #{beforeDay} AND user_id IS NULL")
    int purgeLoggedOutReaders(@Param("beforeDay") int beforeDay);

    /** The first day anyone was a member: the payout run pays from there. */
    @Select("SELECT MIN(start_day) FROM membership")
    Integer firstMembershipDay();

    /** The last day the payout run paid. */
    @Select("SELECT MAX(day) FROM payout_day WHERE state = 'DONE'")
    Integer lastPaidDay();
}
