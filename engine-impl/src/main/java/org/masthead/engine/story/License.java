package org.masthead.engine.story;

import org.masthead.engine.web.ApiException;

/** The licenses a writer can publish under, with Medium's names. */
public enum License {
    ALL_RIGHTS_RESERVED("all-rights-reserved", ""),
    CC_40_BY("cc-40-by", "https://creativecommons.org/licenses/by/4.0/"),
    CC_40_BY_SA("cc-40-by-sa", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_40_BY_ND("cc-40-by-nd", "https://creativecommons.org/licenses/by-nd/4.0/"),
    CC_40_BY_NC("cc-40-by-nc", "https://creativecommons.org/licenses/by-nc/4.0/"),
    CC_40_BY_NC_ND("cc-40-by-nc-nd", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
    CC_40_BY_NC_SA("cc-40-by-nc-sa", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    CC_40_ZERO("cc-40-zero", "https://creativecommons.org/publicdomain/zero/1.0/"),
    PUBLIC_DOMAIN("public-domain", "https://creativecommons.org/publicdomain/mark/1.0/");

    private final String wireName;
    private final String url;

    License(String wireName, String url) {
        this.wireName = wireName;
        this.url = url;
    }

    public String wireName() {
        return wireName;
    }

    /** The license's text, empty for all rights reserved (as in Medium's API). */
    public String url() {
        return url;
    }

    /**
     * The license named {@code name}.
     *
     * @throws ApiException 400 {@code invalid_license} for an unknown name
     */
    public static License parse(String name) {
        for (License license : values()) {
            if (license.wireName.equals(name)) {
                return license;
            }
        }
        throw ApiException.badRequest("invalid_license", "unknown license '" + name + "'");
    }
}
