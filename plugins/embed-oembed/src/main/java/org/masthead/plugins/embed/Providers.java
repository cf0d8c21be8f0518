package org.masthead.plugins.embed;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * oEmbed providers in the format of oembed.com's {@code providers.json}: which URLs each one embeds (its
 * schemes, where {@code *} stands for anything) and the endpoint that describes them.
 */
final class Providers {
    /**
     * One endpoint of one provider.
     *
     * @param provider the provider's name
     * @param schemes  the URLs it embeds, as patterns
     * @param endpoint its oEmbed endpoint, possibly with a {@code {format}} placeholder
     */
    record Endpoint(String provider, List<Pattern> schemes, String endpoint) {

        /** The oEmbed request for {@code url}. */
        URI request(URI url) {
            String base = endpoint.replace("{format}", "json");
            return URI.create(base + (base.contains("?") ? "&" : "?") + "format=json&url="
                    + URLEncoder.encode(url.toString(), StandardCharsets.UTF_8));
        }
    }

    private static final List<Endpoint> BUNDLED = parse(bundledJson());

    private Providers() {
    }

    /** The endpoint for {@code url}: the first match among {@code extraJson}'s providers, then the bundled ones. */
    static Optional<Endpoint> find(URI url, String extraJson) {
        List<Endpoint> endpoints = new ArrayList<>(parse(extraJson));
        endpoints.addAll(BUNDLED);
        String text = url.toString();
        return endpoints.stream()
                .filter(endpoint -> endpoint.schemes().stream().anyMatch(scheme -> scheme.matcher(text).matches()))
                .findFirst();
    }

    /**
     * Reads a providers list; endpoints without schemes (discovery only) are left out.
     *
     * @throws IllegalArgumentException if it is not such a list
     */
    static List<Endpoint> parse(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("providers are not valid JSON: " + e.getMessage());
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (JsonElement provider : array(root, "the providers")) {
            String name = text(provider, "provider_name");
            for (JsonElement endpoint : array(object(provider).get("endpoints"), name + "'s endpoints")) {
                JsonElement schemes = object(endpoint).get("schemes");
                String url = checked(text(endpoint, "url"));
                List<Pattern> patterns = new ArrayList<>();
                if (schemes != null) {
                    for (JsonElement scheme : array(schemes, name + "'s schemes")) {
                        if (!scheme.isJsonPrimitive()) {
                            throw new IllegalArgumentException(name + "'s schemes must be URL patterns");
                        }
                        patterns.add(pattern(scheme.getAsString()));
                    }
                }
                if (!patterns.isEmpty()) {
                    endpoints.add(new Endpoint(name, List.copyOf(patterns), url));
                }
            }
        }
        return List.copyOf(endpoints);
    }

    private static JsonArray array(JsonElement element, String what) {
        if (element == null || !element.isJsonArray()) {
            throw new IllegalArgumentException(what + " must be a JSON array");
        }
        return element.getAsJsonArray();
    }

    private static JsonObject object(JsonElement element) {
        if (!element.isJsonObject()) {
            throw new IllegalArgumentException("providers and endpoints must be JSON objects");
        }
        return element.getAsJsonObject();
    }

    private static String text(JsonElement element, String field) {
        JsonElement value = object(element).get(field);
        if (value == null || !value.isJsonPrimitive()) {
            throw new IllegalArgumentException("a provider or endpoint lacks its \"" + field + "\"");
        }
        return value.getAsString();
    }

    /** A scheme such as {@code https://*.youtube.com/watch*}, {@code *} matching anything. */
    private static Pattern pattern(String scheme) {
        StringBuilder regex = new StringBuilder();
        for (String part : scheme.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    private static String checked(String endpoint) {
        URI uri = URI.create(endpoint.replace("{format}", "json"));
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint " + endpoint + " is not an http(s) URL");
        }
        return endpoint;
    }

    private static String bundledJson() {
        try (InputStream in = Providers.class.getResourceAsStream("providers.json")) {
            if (in == null) {
                throw new IllegalStateException("providers.json is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
