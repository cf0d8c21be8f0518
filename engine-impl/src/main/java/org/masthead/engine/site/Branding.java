package org.masthead.engine.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.masthead.engine.web.ApiException;

/**
 * How the publication looks: its name, logo, colours, fonts, navigation, footer and theme. Every field is checked
 * when it is set, so nothing an admin types can break out of the stylesheet or a link.
 *
 * @param siteName    the publication's name
 * @param tagline     a line under the name, or empty
 * @param logoUrl     logo image (a site path or an https URL), or empty for the name in type
 * @param faviconUrl  favicon (a site path or an https URL), or empty
 * @param accentColor buttons and links, {@code #rgb} or {@code #rrggbb}
 * @param inkColor    text
 * @param paperColor  background; text on it must have a WCAG contrast of at least 4.5:1
 * @param bodyFont    CSS font family list for reading
 * @param headingFont CSS font family list for headings and interface
 * @param navigation  up to ten links in the header
 * @param footer      footer text, or empty
 * @param theme       the name of a theme directory under {@code <data dir>/themes}, or empty for the bundled one
 */
public record Branding(String siteName, String tagline, String logoUrl, String faviconUrl, String accentColor,
                       String inkColor, String paperColor, String bodyFont, String headingFont,
                       List<Link> navigation, String footer, String theme) {
    private static final Pattern COLOR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern FONT = Pattern.compile("[A-Za-z0-9 ,\"'-]{1,200}");
    private static final Pattern THEME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final double MIN_TEXT_CONTRAST = 4.5;

    /**
     * A header link.
     *
     * @param label what it says
     * @param url   a site path or an http(s) URL
     */
    public record Link(String label, String url) {
        public Link {
            label = Branding.text("navigation label", label, 40, true);
            url = Branding.url("navigation url", url, true);
        }
    }

    public Branding {
        siteName = text("siteName", siteName, 80, true);
        tagline = text("tagline", tagline, 200, false);
        logoUrl = url("logoUrl", logoUrl, false);
        faviconUrl = url("faviconUrl", faviconUrl, false);
        accentColor = color("accentColor", accentColor);
        inkColor = color("inkColor", inkColor);
        paperColor = color("paperColor", paperColor);
        bodyFont = font("bodyFont", bodyFont);
        headingFont = font("headingFont", headingFont);
        navigation = navigation == null ? List.of() : List.copyOf(navigation);
        if (navigation.size() > 10) {
            throw invalid("at most 10 navigation links");
        }
        footer = text("footer", footer, 500, false);
        theme = theme == null ? "" : theme.strip();
        if (!theme.isEmpty() && !THEME.matcher(theme).matches()) {
            throw invalid("theme must be a directory name of lowercase letters, digits and dashes");
        }
        double contrast = contrast(inkColor, paperColor);
        if (contrast < MIN_TEXT_CONTRAST) {
            throw invalid(String.format(Locale.ROOT,
                    "text and background contrast is %.1f:1; readers need at least 4.5:1", contrast));
        }
    }

    /** The bundled look, with the configured site name. */
    public static Branding defaults(String siteName) {
        return new Branding(siteName, "", "", "", "#1a8917", "#242424", "#ffffff",
                "Charter, \"Bitstream Charter\", Cambria, Georgia, serif",
                "system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif", List.of(), "", "");
    }

    /** The stylesheet that applies these colours and fonts over the bundled one. */
    public String css() {
        return ":root { --accent: " + accentColor + "; --ink: " + inkColor + "; --paper: " + paperColor
                + "; --serif: " + bodyFont + "; --sans: " + headingFont + "; }\n";
    }

    private static String text(String field, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw invalid(field + " is required");
        }
        if (text.length() > max) {
            throw invalid(field + " must be at most " + max + " characters");
        }
        return text;
    }

    private static String url(String field, String value, boolean required) {
        String url = text(field, value, 500, required);
        if (url.isEmpty() || url.startsWith("/") && !url.startsWith("//")) {
            return url;
        }
        try {
            URI uri = new URI(url);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw invalid(field + " must be a path on this site or an http(s) URL");
    }

    private static String color(String field, String value) {
        if (value == null || !COLOR.matcher(value.strip()).matches()) {
            throw invalid(field + " must be a colour like #1a8917");
        }
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static String font(String field, String value) {
        if (value == null || !FONT.matcher(value.strip()).matches()) {
            throw invalid(field + " must be a font family list such as: Georgia, serif");
        }
        return value.strip();
    }

    /** The WCAG 2 contrast ratio of two colours. */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String color) {
        String hex = color.substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest("invalid_branding", message);
    }
}
