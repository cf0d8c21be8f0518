package org.masthead.distribution;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.masthead.engine.boot.Engine;

/**
 * The payout run at Medium's scale: a month of member reading (by default 10,000,000 reader-days of 100,000
 * members over 1,000,000 stories) generated straight into the database the engine created, then the engine's own
 * daily payout job, timed as it pays the month day by day into the ledger.
 *
 * <p>The reading is what the fold of beacons leaves in {@code reader_daily}: one row per member, story and day,
 * stories drawn with a long tail (a few stories take most reads, as on any publication). Generation is seeded, so
 * every run measures the same month.
 */
final class PayoutBench {
    private static final int BATCH = 5_000;
    private static final int COMMIT_EVERY = 100_000;
    private static final int STORIES_PER_WRITER = 20;
    private static final long PRICE = 500;

    private final String url;
    private final String user;
    private final Path data;
    private final int members;
    private final int stories;
    private final long events;
    private final LocalDate month;

    PayoutBench(String url, String user, Path data, int members, int stories, long events) {
        this.url = url;
        this.user = user;
        this.data = data;
        this.members = members;
        this.stories = stories;
        this.events = events;
        this.month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1);
    }

    void run() throws Exception {
        // The engine creates the schema; its job must not start paying while the month is half generated.
        engine(Duration.ofDays(1)).close();
        long start = System.nanoTime();
        long rows;
        try (Connection connection = connect()) {
            rows = generate(connection);
        }
        System.out.printf("Generated %,d reader-days (%,d members, %,d stories) for %s in %.0f s%n", rows, members,
                stories, month.getMonth() + " " + month.getYear(), (System.nanoTime() - start) / 1e9);

        int days = month.lengthOfMonth();
        int first = (int) month.toEpochDay();
        long jobStart = System.nanoTime();
        try (Engine engine = engine(Duration.ofMillis(50)); Connection connection = connect()) {
            long[] doneAt = new long[days];
            int done = 0;
            while (done < days) {
                Thread.sleep(50);
                int now = (int) count(connection, "SELECT COUNT(*) FROM payout_day WHERE state = 'DONE' AND day BETWEEN "
                        + first + " AND " + (first + days - 1));
                for (int i = done; i < now; i++) {
                    doneAt[i] = System.nanoTime();
                }
                done = now;
                if (count(connection, "SELECT COUNT(*) FROM payout_day WHERE state = 'FAILED'") > 0) {
                    throw new IllegalStateException("a payout day failed; see the log");
                }
            }
            long[] perDay = new long[days];
            for (int i = 0; i < days; i++) {
                perDay[i] = (doneAt[i] - (i == 0 ? jobStart : doneAt[i - 1])) / 1_000_000;
            }
            long[] sorted = perDay.clone();
            Arrays.sort(sorted);
            System.out.printf("Payout job: %d days in %.1f s (from engine start), a day: median %,d ms, max %,d ms;"
                    + " %,d ledger lines, %,d cents paid to writers%n", days,
                    (doneAt[days - 1] - jobStart) / 1e9, sorted[days / 2], sorted[days - 1],
                    count(connection, "SELECT COUNT(*) FROM earnings_line"),
                    count(connection, "SELECT CAST(SUM(amount_minor) AS BIGINT) FROM earnings_line"));
        }
    }

    private Engine engine(Duration jobTick) {
        return Engine.builder().port(0).dataDir(data).pluginsDir(Masthead.home().resolve("plugins"))
                .jdbc(url.isBlank() ? "" : url, url.isBlank() ? "masthead" : user, "").jobTick(jobTick).start();
    }

    private Connection connect() throws SQLException {
        return url.isBlank() ? DriverManager.getConnection("jdbc:derby:" + data.resolve("db").toAbsolutePath(),
                "masthead", "")
                : DriverManager.getConnection(url, user, "");
    }

    private long generate(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        long now = System.currentTimeMillis();
        int writers = Math.max(1, stories / STORIES_PER_WRITER);
        long[] writerIds = users(connection, "bw", writers, now);
        long[] memberIds = users(connection, "bm", members, now);
        long[] storyIds = stories(connection, writerIds, now);
        int first = (int) month.toEpochDay();
        int days = month.lengthOfMonth();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO membership_plan (code, name, period, price_minor, currency, created_at)"
                    + " VALUES ('bench', 'Bench', 'MONTHLY', " + PRICE + ", 'USD', " + now + ")");
        }
        long plan = count(connection, "SELECT id FROM membership_plan WHERE code = 'bench'");
        // Only writers in the Partner Program earn.
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO partner_enrolment (user_id, country,"
                + " age_confirmed, source, enrolled_at, updated_at) VALUES (?, 'US', TRUE, 'ADMIN', ?, ?)")) {
            Batch batch = new Batch(connection, insert);
            for (long writer : writerIds) {
                insert.setLong(1, writer);
                insert.setLong(2, now);
                insert.setLong(3, now);
                batch.add();
            }
            batch.finish();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO membership (public_id, user_id,"
                + " plan_id, source, state, price_minor, currency, start_day, period_end_day, end_day, created_at,"
                + " updated_at) VALUES (?, ?, ?, 'MANUAL', 'ACTIVE', ?, 'USD', ?, ?, ?, ?, ?)")) {
            Batch batch = new Batch(connection, insert);
            for (int i = 0; i < memberIds.length; i++) {
                insert.setString(1, String.format("bm%014x", i));
                insert.setLong(2, memberIds[i]);
                insert.setLong(3, plan);
                insert.setLong(4, PRICE);
                insert.setInt(5, first);
                insert.setInt(6, first + days);
                insert.setInt(7, first + days);
                insert.setLong(8, now);
                insert.setLong(9, now);
                batch.add();
            }
            batch.finish();
        }
        SplittableRandom random = new SplittableRandom(42);
        double perMemberDay = (double) events / ((long) members * days);
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reader_daily (day, story_id,"
                + " reader_key, user_id, is_member, views, reading_seconds, member_reading_seconds, is_read,"
                + " first_view_at) VALUES (?, ?, ?, ?, TRUE, 1, ?, ?, ?, ?)")) {
            Batch batch = new Batch(connection, insert);
            int[] read = new int[(int) Math.ceil(perMemberDay * 2) + 1];
            for (int day = first; day < first + days; day++) {
                for (long member : memberIds) {
                    // Uniform on 0..2×mean: the month comes out at the requested size.
                    int count = (int) Math.floor(random.nextDouble() * (2 * perMemberDay + 1));
                    int distinct = 0;
                    for (int k = 0; k < count && distinct < read.length; k++) {
                        int story = (int) (storyIds.length * Math.pow(random.nextDouble(), 3));
                        boolean seen = false;
                        for (int j = 0; j < distinct; j++) {
                            seen |= read[j] == story;
                        }
                        if (seen) {
                            continue;
                        }
                        read[distinct++] = story;
                        int seconds = 5 + random.nextInt(900);
                        insert.setInt(1, day);
                        insert.setLong(2, storyIds[story]);
                        insert.setString(3, "u:" + member);
                        insert.setLong(4, member);
                        insert.setInt(5, seconds);
                        insert.setInt(6, seconds);
                        insert.setBoolean(7, seconds >= 30);
                        insert.setLong(8, day * 86_400_000L + 3_600_000L);
                        batch.add();
                        rows++;
                    }
                }
            }
            batch.finish();
        }
        try (Statement statement = connection.createStatement()) {
            if (url.isBlank()) {
                for (String table : List.of("READER_DAILY", "STORY", "APP_USER", "MEMBERSHIP")) {
                    statement.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('MASTHEAD', '" + table + "', NULL)");
                }
            } else {
                statement.execute("ANALYZE");
            }
        }
        connection.commit();
        return rows;
    }

    private static long[] users(Connection connection, String prefix, int count, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO app_user (public_id, username, email,"
                + " display_name, password_hash, created_at) VALUES (?, ?, ?, ?, 'bench: no sign-in', ?)")) {
            Batch batch = new Batch(connection, insert);
            for (int i = 0; i < count; i++) {
                String name = prefix + i;
                insert.setString(1, String.format("%s%014x", prefix, i));
                insert.setString(2, name);
                insert.setString(3, name + "@bench.localhost");
                insert.setString(4, name);
                insert.setLong(5, now);
                batch.add();
            }
            batch.finish();
        }
        return ids(connection, "SELECT id FROM app_user WHERE username LIKE '" + prefix + "%' ORDER BY id", count);
    }

    private long[] stories(Connection connection, long[] writerIds, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO story (public_id, author_id, title,"
                + " slug, content_format, content, body_html, word_count, status, created_at, updated_at,"
                + " first_published_at, latest_published_at, member_only) VALUES (?, ?, ?, 'bench-story',"
                + " 'MARKDOWN', 'A benchmark story.', '<p>A benchmark story.</p>', 1000, 'PUBLISHED', ?, ?, ?, ?,"
                + " TRUE)")) {
            Batch batch = new Batch(connection, insert);
            for (int i = 0; i < stories; i++) {
                insert.setString(1, String.format("bs%014x", i));
                insert.setLong(2, writerIds[i % writerIds.length]);
                insert.setString(3, "Bench story " + i);
                for (int column = 4; column <= 7; column++) {
                    insert.setLong(column, now);
                }
                batch.add();
            }
            batch.finish();
        }
        return ids(connection, "SELECT id FROM story WHERE public_id LIKE 'bs%' ORDER BY id", stories);
    }

    private static long[] ids(Connection connection, String sql, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Batched inserts, committed every {@link #COMMIT_EVERY} rows so no transaction grows without bound. */
    private static final class Batch {
        private final Connection connection;
        private final PreparedStatement insert;
        private long added;

        Batch(Connection connection, PreparedStatement insert) {
            this.connection = connection;
            this.insert = insert;
        }

        void add() throws SQLException {
            insert.addBatch();
            if (++added % BATCH == 0) {
                insert.executeBatch();
            }
            if (added % COMMIT_EVERY == 0) {
                connection.commit();
            }
        }

        void finish() throws SQLException {
            insert.executeBatch();
            connection.commit();
        }
    }
}
