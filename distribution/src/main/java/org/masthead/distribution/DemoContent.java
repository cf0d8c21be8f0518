package org.masthead.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.masthead.engine.boot.ConfigurationException;

/**
 * Fills a fresh demo site with the writers, publication and stories of {@code demo/content.json}, through the
 * public API, exactly as a writer's tools would.
 */
final class DemoContent {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What was created.
     *
     * @param writers        writers
     * @param stories        published stories
     * @param publicationId  the publication's id
     * @param firstStoryPath the page of the first story
     */
    record Summary(int writers, int stories, String publicationId, String firstStoryPath) {
    }

    private final URI base;

    DemoContent(URI base) {
        this.base = base;
    }

    /** Deletes the demo's data directory so that every demo starts alike. */
    static void reset(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            throw new ConfigurationException(dataDir + " is not a directory");
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot reset demo data in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    Summary seed() {
        JsonNode content = load();
        Map<String, Session> writers = new HashMap<>();
        Map<String, String> writerIds = new HashMap<>();
        for (JsonNode writer : content.get("writers")) {
            String username = writer.get("username").asText();
            String password = UUID.randomUUID().toString();
            ObjectNode signUp = JSON.createObjectNode().put("email", username + "@demo.masthead.localhost")
                    .put("username", username).put("displayName", writer.get("name").asText()).put("password", password);
            Session session = new Session();
            writerIds.put(username, session.call("POST", "/api/v1/users", signUp, 201).get("id").asText());
            session.login(username + "@demo.masthead.localhost", password);
            writers.put(username, session);
        }
        JsonNode publication = content.get("publication");
        String owner = publication.get("owner").asText();
        String publicationId = writers.get(owner)
                .call("POST", "/api/v1/publications", ((ObjectNode) publication.deepCopy()).without("owner"), 201)
                .get("id").asText();
        for (String username : writers.keySet()) {
            if (!username.equals(owner)) {
                writers.get(owner).call("POST", "/api/v1/publications/" + publicationId + "/contributors",
                        JSON.createObjectNode().put("userId", writerIds.get(username)).put("role", "writer"), 201);
            }
        }
        String firstPath = null;
        int count = 0;
        for (JsonNode story : content.get("stories")) {
            ObjectNode draft = ((ObjectNode) story.deepCopy()).without(java.util.List.of("author", "inPublication"));
            draft.put("contentFormat", "markdown");
            if (story.path("inPublication").asBoolean(false)) {
                draft.put("publicationId", publicationId);
            }
            String author = story.get("author").asText();
            Session writer = writers.get(author);
            String id = writer.call("POST", "/api/v1/stories", draft, 201).get("id").asText();
            String path;
            if (draft.has("publicationId") && !author.equals(owner)) {
                // Writers submit to the publication and its owner accepts, as Medium's workflow has it.
                String submission = writer.call("POST", "/api/v1/publications/" + publicationId + "/submissions",
                        JSON.createObjectNode().put("storyId", id), 201).get("id").asText();
                writers.get(owner).call("POST", "/api/v1/publications/" + publicationId + "/submissions/" + submission
                        + "/decision", JSON.createObjectNode().put("decision", "accept"), 200);
                path = writer.call("GET", "/api/v1/stories/" + id, null, 200).get("url").asText();
            } else {
                path = writer.call("POST", "/api/v1/stories/" + id + "/publish", null, 200).get("url").asText();
            }
            if (firstPath == null) {
                firstPath = path;
            }
            count++;
        }
        return new Summary(writers.size(), count, publicationId, firstPath);
    }

    private static JsonNode load() {
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/content.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo content", e);
        }
    }

    /** One writer's signed-in API session. */
    private final class Session {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();
        private String csrf = "";

        void login(String email, String password) {
            csrf = call("POST", "/api/v1/auth/login", JSON.createObjectNode().put("email", email)
                    .put("password", password), 200).get("csrfToken").asText();
        }

        JsonNode call(String method, String path, JsonNode body, int expected) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != expected) {
                    throw new IllegalStateException("demo seeding: " + method + " " + path + " answered "
                            + response.statusCode() + ": " + response.body());
                }
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
