package org.masthead.engine.payout;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/**
 * Earnings: a writer's own, per story and day with the inputs behind each amount; the admin's per-day view of the
 * payout run (state, totals, remainders), running a day by hand, and simulations of other installed models.
 */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
public class PayoutResource {
    private static final int MAX_DAYS = 366;
    private static final int MAX_SIMULATED_DAYS = 31;

    /** The admin's view of a period. */
    public record Days(String from, String to, int lastPayable, List<PayoutRun.Outcome> days,
                       List<PayoutMapper.DayTotal> totals, List<PayoutMapper.RemainderRow> remainders) {
    }

    /** A simulation to run. */
    public record SimulationRequest(String plugin, String from, String to) {
    }

    private final PayoutLedger payouts;
    private final PayoutRun run;
    private final PayoutSimulation simulation;
    private final AuditLog audit;

    @Inject
    public PayoutResource(PayoutLedger payouts, PayoutRun run, PayoutSimulation simulation, AuditLog audit) {
        this.payouts = payouts;
        this.run = run;
        this.simulation = simulation;
        this.audit = audit;
    }

    @GET
    @Path("me/earnings")
    public PayoutLedger.Earnings mine(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @Context SecurityContext context) {
        CurrentUser writer = AuthFilter.requireUser(context);
        int[] days = period(from, to, MAX_DAYS);
        return payouts.earnings(writer.id(), days[0], days[1]);
    }

    @GET
    @Path("admin/payouts")
    public Days days(@QueryParam("from") String from, @QueryParam("to") String to,
                     @Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        int[] days = period(from, to, MAX_DAYS);
        return new Days(iso(days[0]), iso(days[1]), run.lastPayable(), payouts.days(days[0], days[1]).stream()
                .map(PayoutRun::outcome).toList(),
                payouts.totals(days[0], days[1]), payouts.remainders(days[0], days[1]));
    }

    /** Runs one day now: a DONE day is reported unchanged, a FAILED one tried again. */
    @POST
    @Path("admin/payouts/{day}/run")
    public PayoutRun.Outcome runDay(@PathParam("day") String day, @Context SecurityContext context) {
        CurrentUser admin = AuthFilter.requireAdmin(context);
        int epochDay = day(day, "day");
        if (epochDay > run.lastPayable()) {
            throw ApiException.conflict("day_not_over", day + " can be paid from "
                    + LocalDate.ofEpochDay(epochDay + 1) + " " + PayoutRun.GRACE.toHours() + ":00 UTC");
        }
        PayoutRun.Outcome outcome = run.runDay(epochDay);
        audit.record(admin, "payout.day-run", day, outcome.state());
        return outcome;
    }

    @POST
    @Path("admin/payouts/simulations")
    public PayoutSimulation.Report simulate(SimulationRequest request, @Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        ApiException.requireBody(request);
        int[] days = period(request.from(), request.to(), MAX_SIMULATED_DAYS);
        if (days[1] > run.lastPayable()) {
            throw ApiException.badRequest("day_not_over", "simulations cover past days only, up to "
                    + iso(run.lastPayable()));
        }
        return simulation.simulate(request.plugin(), days[0], days[1]);
    }

    /** The days {@code from..to}, by default the 30 days up to the last payable one. */
    private int[] period(String from, String to, int maxDays) {
        int last = to == null ? run.lastPayable() : day(to, "to");
        int first = from == null ? last - 29 : day(from, "from");
        if (first > last || last - first + 1 > maxDays) {
            throw ApiException.badRequest("invalid_period", "from must not be after to, and the period must be at"
                    + " most " + maxDays + " days");
        }
        return new int[] {first, last};
    }

    private static int day(String value, String name) {
        try {
            return (int) LocalDate.parse(value).toEpochDay();
        } catch (DateTimeParseException | NullPointerException e) {
            throw ApiException.badRequest("invalid_date", name + " must be a date such as 2026-01-31");
        }
    }

    private static String iso(int day) {
        return LocalDate.ofEpochDay(day).toString();
    }

}
