package org.masthead.engine.membership;

import java.time.LocalDate;
import java.util.Locale;
import org.masthead.engine.web.ApiException;

/** How long one paid period of a plan lasts, in calendar months or years (UTC). */
public enum Period {
    MONTHLY, YEARLY;

    /** The day one period starting on {@code start} ends (exclusive). */
    public LocalDate end(LocalDate start) {
        return this == MONTHLY ? start.plusMonths(1) : start.plusYears(1);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The period named {@code name} ({@code monthly} or {@code yearly}), or a 400. */
    public static Period parse(String name) {
        for (Period period : values()) {
            if (period.wireName().equals(name)) {
                return period;
            }
        }
        throw ApiException.badRequest("invalid_period", "period must be monthly or yearly");
    }
}
