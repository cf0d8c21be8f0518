package org.masthead.engine.partner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.masthead.engine.site.Tunable;

/**
 * Who may enrol in the Partner Program, tuned by admins. Medium's rules are the defaults.
 *
 * @param requireMembership     the writer must be a member
 * @param publishedWithinMonths the writer must have published a story within this many months (0: no rule)
 * @param minimumAge            the writer confirms being at least this old (0: no rule)
 * @param supportedCountries    ISO 3166 alpha-2 codes of the countries payouts can be sent to
 */
public record PartnerRules(Boolean requireMembership, Integer publishedWithinMonths, Integer minimumAge,
                           List<String> supportedCountries) implements Tunable<PartnerRules> {
    /** Where Medium's payment provider pays writers. */
    static final List<String> MEDIUMS_COUNTRIES = List.of("AT", "AU", "BE", "BG", "CA", "CH", "CY", "CZ", "DE",
            "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HK", "HR", "HU", "IE", "IT", "JP", "LI", "LT", "LU", "LV",
            "MT", "MX", "NL", "NO", "NZ", "PL", "PT", "RO", "SE", "SG", "SI", "SK", "US");
    static final PartnerRules DEFAULTS = new PartnerRules(true, 6, 18, MEDIUMS_COUNTRIES);
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    @Override
    public PartnerRules over(PartnerRules current) {
        PartnerRules merged = new PartnerRules(
                requireMembership != null ? requireMembership : current.requireMembership(),
                publishedWithinMonths != null ? publishedWithinMonths : current.publishedWithinMonths(),
                minimumAge != null ? minimumAge : current.minimumAge(),
                supportedCountries != null ? supportedCountries : current.supportedCountries());
        if (merged.publishedWithinMonths() < 0 || merged.publishedWithinMonths() > 120) {
            throw new IllegalArgumentException("publishedWithinMonths must be between 0 and 120");
        }
        if (merged.minimumAge() < 0 || merged.minimumAge() > 99) {
            throw new IllegalArgumentException("minimumAge must be between 0 and 99");
        }
        Set<String> countries = new TreeSet<>();
        for (String country : merged.supportedCountries()) {
            if (country == null || !ISO_COUNTRIES.contains(country)) {
                throw new IllegalArgumentException("supportedCountries must be ISO 3166 codes such as DE; "
                        + country + " is not one");
            }
            countries.add(country);
        }
        if (countries.isEmpty()) {
            throw new IllegalArgumentException("supportedCountries must name at least one country");
        }
        return new PartnerRules(merged.requireMembership(), merged.publishedWithinMonths(), merged.minimumAge(),
                List.copyOf(countries));
    }
}
