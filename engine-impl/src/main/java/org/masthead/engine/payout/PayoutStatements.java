package org.masthead.engine.payout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.masthead.api.payout.Money;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.payout.StatementMapper.BatchRow;
import org.masthead.engine.payout.StatementMapper.StatementRow;
import org.masthead.engine.payout.StatementMapper.WriterAmount;
import org.masthead.engine.site.StoredSettings;
import org.masthead.engine.web.ApiException;

/**
 * Monthly payout runs. A run states every writer's balance up to the end of a month: what the ledger earned them
 * since the last run, the refund adjustments since, and the balance the last run carried over; a balance that
 * reaches its currency's minimum is paid whole, a smaller one is carried over whole. Runs follow each other without
 * gaps, so no day's earnings is stated twice or never. A run is a DRAFT (made again on request, or discarded)
 * until an admin approves it; then it is final and exported for the payment provider.
 */
@ApplicationScoped
public class PayoutStatements {
    static final String SETTINGS = "payouts";

    /** A run as the API shows it. */
    public record Run(String month, String state, String from, String to, String createdBy, Instant createdAt,
                      String approvedBy, Instant approvedAt, List<Total> totals, List<WriterStatement> statements) {
    }

    /** Per currency: what the run pays, to how many writers, and what it carries over. */
    public record Total(String currency, long payable, long writersPaid, long carriedOut, String display) {
    }

    /** One writer's statement in one currency. */
    public record WriterStatement(String month, String writer, String writerId, String currency, long earned,
                                  long adjusted, long carriedIn, long minimum, long payable, long carriedOut,
                                  String display) {
        static WriterStatement of(StatementRow row) {
            return new WriterStatement(YearMonth.from(LocalDate.ofEpochDay(row.firstDay())).toString(),
                    row.writerUsername(), row.writerPublicId(), row.currency(), row.earnedMinor(),
                    row.adjustedMinor(), row.carriedInMinor(), row.minimumMinor(), row.payableMinor(),
                    row.carriedOutMinor(), Money.of(row.payableMinor(), row.currency()).toString());
        }
    }

    private final Database database;
    private final StatementMapper statements;
    private final PayoutMapper payouts;
    private final PayoutRun run;
    private final StoredSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PayoutStatements(Database database, PayoutRun run, StoredSettings settings, AuditLog audit, Clock clock) {
        this.database = database;
        this.statements = database.mapper(StatementMapper.class);
        this.payouts = database.mapper(PayoutMapper.class);
        this.run = run;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public PayoutSettings settings() {
        return PayoutSettings.current(settings);
    }

    public PayoutSettings update(CurrentUser admin, PayoutSettings change) {
        return settings.change(admin, SETTINGS, "payout.settings", PayoutSettings.class, PayoutSettings.DEFAULTS,
                change);
    }

    /** Makes the run of {@code month} (again, while it is a draft). */
    public Run create(CurrentUser admin, String month) {
        YearMonth yearMonth = month(month);
        int first = (int) yearMonth.atDay(1).toEpochDay();
        int last = (int) yearMonth.atEndOfMonth().toEpochDay();
        if (last > run.lastPayable()) {
            throw ApiException.conflict("month_not_over", yearMonth + " can be stated once its last day is paid,"
                    + " from " + yearMonth.plusMonths(1).atDay(1) + " " + PayoutRun.GRACE.toHours() + ":00 UTC");
        }
        PayoutSettings minimums = settings();
        try {
            DuplicateKeys.inTransaction(database, () -> {
                BatchRow existing = statements.batch(first);
                if (existing != null && !"DRAFT".equals(existing.state())) {
                    throw ApiException.conflict("run_approved", "the run of " + yearMonth + " is approved and final");
                }
                if (statements.batchesAfter(first) > 0) {
                    throw ApiException.conflict("later_run_exists", "a run of a later month exists; runs are made"
                            + " in the order of months");
                }
                BatchRow previous = statements.batchBefore(first);
                if (previous != null && !"APPROVED".equals(previous.state())) {
                    throw ApiException.conflict("previous_not_approved", "approve or discard the run of "
                            + monthOf(previous.firstDay()) + " first");
                }
                int since = since(previous, first);
                requirePaid(since, last);
                if (existing != null) {
                    statements.deleteStatements(first);
                    statements.deleteDraft(first);
                }
                statements.insertBatch(first, last, since, admin.id(), clock.instant());
                Map<String, long[]> balances = new TreeMap<>();
                add(balances, statements.earned(since, last), 0);
                add(balances, statements.adjusted(since, last), 1);
                if (previous != null) {
                    add(balances, statements.carriedOut(previous.firstDay()), 2);
                }
                balances.forEach((key, amounts) -> {
                    String currency = key.substring(key.indexOf(':') + 1);
                    statements.insertStatement(first, Long.parseLong(key.substring(0, key.indexOf(':'))),
                            Statement.of(currency, amounts[0], amounts[1], amounts[2], minimums.minimumOf(currency)));
                });
            });
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw ApiException.conflict("run_in_progress", "another admin is making the run of " + yearMonth);
            }
            throw e;
        }
        audit.record(admin, "payout.run-created", yearMonth.toString(), "from " + LocalDate.ofEpochDay(
                statements.batch(first).sinceDay()));
        return run(yearMonth.toString());
    }

    /** Approves the draft run of {@code month}: it is final, and its statements are shown to writers. */
    public Run approve(CurrentUser admin, String month) {
        int first = firstDay(month);
        if (statements.approve(first, admin.id(), clock.instant()) == 0) {
            requireRun(first);
            throw ApiException.conflict("run_approved", "the run of " + month + " is approved already");
        }
        audit.record(admin, "payout.run-approved", month, totals(first).toString());
        return run(month);
    }

    /** Discards the draft run of {@code month}. */
    public void discard(CurrentUser admin, String month) {
        int first = firstDay(month);
        requireRun(first);
        database.inTransaction(() -> {
            if (!"DRAFT".equals(statements.batch(first).state())) {
                throw ApiException.conflict("run_approved", "the run of " + month + " is approved and final");
            }
            statements.deleteStatements(first);
            statements.deleteDraft(first);
        });
        audit.record(admin, "payout.run-discarded", month, "");
    }

    public List<Run> runs() {
        return statements.batches().stream().map(batch -> view(batch, List.of())).toList();
    }

    public Run run(String month) {
        int first = firstDay(month);
        return view(requireRun(first), statements.statements(first).stream().map(WriterStatement::of).toList());
    }

    /**
     * The approved run of {@code month} as the payment provider's CSV: one row per writer and currency with
     * something to pay.
     */
    public String export(String month) {
        int first = firstDay(month);
        if (!"APPROVED".equals(requireRun(first).state())) {
            throw ApiException.conflict("not_approved", "approve the run of " + month + " before exporting it");
        }
        StringBuilder csv = new StringBuilder("month,writer_id,username,currency,amount,amount_minor\r\n");
        for (StatementRow row : statements.statements(first)) {
            if (row.payableMinor() > 0) {
                csv.append(month).append(',').append(row.writerPublicId()).append(',').append(row.writerUsername())
                        .append(',').append(row.currency()).append(',')
                        .append(decimal(row.payableMinor(), row.currency())).append(',')
                        .append(row.payableMinor()).append("\r\n");
            }
        }
        return csv.toString();
    }

    /** A writer's statements in approved runs, newest first. */
    public List<WriterStatement> ofWriter(long writerId) {
        return statements.statementsOfWriter(writerId).stream().map(WriterStatement::of).toList();
    }

    /** The first day not stated by {@code previous}, or for the first run the first day anything could be paid. */
    private int since(BatchRow previous, int first) {
        if (previous != null) {
            return previous.lastDay() + 1;
        }
        Integer firstMember = payouts.firstMembershipDay();
        return firstMember == null ? first : Math.min(first, firstMember);
    }

    private void requirePaid(int since, int last) {
        Integer firstMember = payouts.firstMembershipDay();
        int from = firstMember == null ? last + 1 : Math.max(since, firstMember);
        int days = last - from + 1;
        int unpaid = days > 0 ? days - statements.doneDays(from, last) : 0;
        if (unpaid > 0) {
            throw ApiException.conflict("days_not_paid", unpaid + " of the days "
                    + LocalDate.ofEpochDay(from) + " to " + LocalDate.ofEpochDay(last) + " are not paid yet: see GET"
                    + " /api/v1/admin/payouts and run or repair them first");
        }
    }

    private BatchRow requireRun(int first) {
        BatchRow batch = statements.batch(first);
        if (batch == null) {
            throw ApiException.notFound("payout run");
        }
        return batch;
    }

    private Run view(BatchRow batch, List<WriterStatement> rows) {
        return new Run(monthOf(batch.firstDay()), batch.state().toLowerCase(Locale.ROOT),
                LocalDate.ofEpochDay(batch.sinceDay()).toString(), LocalDate.ofEpochDay(batch.lastDay()).toString(),
                batch.createdBy(), batch.createdAt(), batch.approvedBy(), batch.approvedAt(),
                totals(batch.firstDay()), rows);
    }

    private List<Total> totals(int first) {
        Map<String, long[]> totals = new TreeMap<>();
        for (StatementRow row : statements.statements(first)) {
            long[] total = totals.computeIfAbsent(row.currency(), c -> new long[3]);
            total[0] += row.payableMinor();
            total[1] += row.payableMinor() > 0 ? 1 : 0;
            total[2] += row.carriedOutMinor();
        }
        return totals.entrySet().stream().map(entry -> new Total(entry.getKey(), entry.getValue()[0],
                entry.getValue()[1], entry.getValue()[2], Money.of(entry.getValue()[0], entry.getKey()).toString()))
                .toList();
    }

    private static void add(Map<String, long[]> balances, List<WriterAmount> amounts, int index) {
        for (WriterAmount amount : amounts) {
            balances.computeIfAbsent(amount.writerId() + ":" + amount.currency(), key -> new long[3])[index]
                    += amount.amountMinor();
        }
    }

    /** Minor units as the decimal amount a payment provider's file expects, such as 12.50. */
    private static String decimal(long minor, String currency) {
        return BigDecimal.valueOf(minor, Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0))
                .toPlainString();
    }

    private static int firstDay(String month) {
        return (int) month(month).atDay(1).toEpochDay();
    }

    /** A month as the API and pages take it, such as {@code 2026-03}; 400 {@code invalid_month} otherwise. */
    public static YearMonth month(String month) {
        try {
            YearMonth parsed = YearMonth.parse(month == null ? "" : month);
            if (parsed.getYear() >= 1970 && parsed.getYear() <= 9999) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw ApiException.badRequest("invalid_month", "month must be a year and month such as 2026-03");
    }

    private static String monthOf(int firstDay) {
        return YearMonth.from(LocalDate.ofEpochDay(firstDay)).toString();
    }
}
