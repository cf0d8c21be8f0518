package org.masthead.engine.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.engine.membership.MembershipService;
import org.masthead.engine.payout.PayoutLedger;
import org.masthead.engine.payout.PayoutRun;
import org.masthead.engine.payout.PayoutStatements;
import org.masthead.engine.plugin.GuardedPayoutModel;

/** What the console's Money screen shows: runs and statements, the daily run, models to simulate, rules, plans. */
@ApplicationScoped
public class MoneyScreen {
    private static final int DAYS = 30;
    private static final int SIMULATED_DAYS = 7;

    private final MembershipService memberships;
    private final PayoutStatements statements;
    private final PayoutLedger ledger;
    private final PayoutRun run;
    private final GuardedPayoutModel models;
    private final Clock clock;

    @Inject
    public MoneyScreen(MembershipService memberships, PayoutStatements statements, PayoutLedger ledger, PayoutRun run,
                       GuardedPayoutModel models, Clock clock) {
        this.memberships = memberships;
        this.statements = statements;
        this.ledger = ledger;
        this.run = run;
        this.models = models;
        this.clock = clock;
    }

    /** The dashboard's money figures: members, monthly recurring revenue, what writers earned this month. */
    Map<String, Object> figures() {
        MembershipService.Revenue revenue = memberships.revenue();
        YearMonth month = YearMonth.now(clock);
        return Map.of("members", revenue.members(), "mrr", revenue.monthlyRecurring(), "earnedThisMonth",
                ledger.earned((int) month.atDay(1).toEpochDay(), (int) month.atEndOfMonth().toEpochDay()));
    }

    /** The screen's model, with the statements of the run of {@code month} (null: the latest run). */
    Map<String, Object> model(String month) {
        List<PayoutStatements.Run> runs = statements.runs();
        int lastPayable = run.lastPayable();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("runs", runs);
        String shown = month != null ? month : runs.isEmpty() ? null : runs.get(0).month();
        if (shown != null) {
            model.put("run", statements.run(shown));
        }
        model.put("lastMonth", YearMonth.now(clock).minusMonths(1).toString());
        model.put("days", ledger.outcomes(lastPayable - DAYS + 1, lastPayable));
        model.put("models", models.installed());
        model.put("activeModel", models.activeId().orElse("none"));
        model.put("simFrom", LocalDate.ofEpochDay(lastPayable - SIMULATED_DAYS + 1).toString());
        model.put("simTo", LocalDate.ofEpochDay(lastPayable).toString());
        model.put("settings", statements.settings());
        model.put("plans", memberships.plans());
        return model;
    }
}
