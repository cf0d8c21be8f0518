package org.masthead.engine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** An HTTP client that keeps cookies and sends the CSRF token once signed in, like a browser's script would. */
public final class Client {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private String csrfToken;

    Client(URI base) {
        this.base = base;
        // HTTP/1.1: the JDK client's h2c upgrade attempt is not what browsers do and confuses some servers.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * A multipart/form-data body with one file field, as a browser's file input sends it.
     *
     * @param contentType the Content-Type header, with the boundary
     * @param body        the encoded body
     */
    public record Multipart(String contentType, byte[] body) {

        public static Multipart file(String field, String fileName, String fileType, byte[] content) {
            String boundary = "masthead-test-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
        }
    }

    /**
     * The answer to a request.
     *
     * @param status   status code
     * @param body     the body as UTF-8 text
     * @param bytes    the body as sent
     * @param response the response
     */
    public record Reply(int status, String body, byte[] bytes, HttpResponse<byte[]> response) {

        public Reply assertStatus(int expected) {
            assertEquals(expected, status, () -> "unexpected status; body: " + body);
            return this;
        }

        /**
         * Asserts a refusal: the status, the API's error envelope with {@code code} and a message, and no stack
         * trace.
         */
        public Reply assertError(int expected, String code) {
            assertStatus(expected);
            JsonNode error = json().get("errors").get(0);
            assertEquals(code, error.get("code").asText(), body);
            assertTrue(error.get("message").asText().length() > 0, body);
            assertFalse(body.contains("Exception") || body.contains("\tat "), body);
            return this;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    public void login(String email, String password) {
        Reply reply = postJson("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .assertStatus(200);
        csrfToken = reply.json().get("csrfToken").asText();
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Reply postJson(String path, String json) {
        return sendJson("POST", path, json);
    }

    public Reply putJson(String path, String json) {
        return sendJson("PUT", path, json);
    }

    public Reply sendJson(String method, String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply sendMultipart(String method, String path, Multipart form) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", form.contentType())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(form.body())));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    /** Sends a request built by the caller, adding the CSRF header when signed in. */
    public Reply send(HttpRequest.Builder request) {
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<byte[]> response;
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                // The JDK client reused a kept-alive connection the server had just closed, and retries that on
                // its own only for idempotent methods; a browser retries any request that got no response byte.
                response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            }
            return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Forgets the CSRF token, to test requests that lack it. */
    public void dropCsrfToken() {
        csrfToken = null;
    }

    public URI base() {
        return base;
    }
}
