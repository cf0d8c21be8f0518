package org.masthead.engine.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.api.embed.FetchException;
import org.masthead.api.embed.FetchedResponse;
import org.masthead.engine.testing.FixtureServer;
import org.masthead.engine.web.Network;

/**
 * The fetcher against a loopback fixture server. Names that must point at private addresses resolve through a
 * test resolver, so no test ever needs DNS; refused addresses are refused before any connection is made.
 */
class SafeFetcherTest {
    private static final List<String> JSON = List.of("application/json");
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** Test names and the addresses they resolve to; "localhost" resolves for real. */
    private static final Map<String, String> NAMES = Map.of(
            "public.test", "93.184.216.34",
            "intranet.test", "10.1.2.3",
            "metadata.test", "169.254.169.254",
            "loopback.test", "127.0.0.1",
            "v6.test", "::1");

    private final FixtureServer fixture = FixtureServer.start();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static SafeFetcher fetcher(String allowedNetworks) {
        return new SafeFetcher(new AddressPolicy(Network.parseList(allowedNetworks)), TIMEOUT, host -> {
            if (host.equals("localhost")) {
                return InetAddress.getAllByName(host);
            }
            if (host.equals("split.test")) {
                return new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1")};
            }
            String address = NAMES.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        });
    }

    private static FetchException.Reason refusal(SafeFetcher fetcher, String url) {
        return assertThrows(FetchException.class, () -> fetcher.get(URI.create(url), JSON)).reason();
    }

    @Test
    void fetchesFromAnAllowedNetwork() throws FetchException {
        fixture.route("/data", 200, "application/json; charset=ISO-8859-1", "{\"a\":\"é\"}".getBytes(
                StandardCharsets.ISO_8859_1));

        FetchedResponse response = fetcher("127.0.0.1/32").get(fixture.uri("/data?x=1"), JSON);

        assertEquals(fixture.uri("/data?x=1"), response.url());
        assertEquals("application/json", response.mediaType());
        assertEquals("{\"a\":\"é\"}", response.text());
        assertEquals(List.of("/data?x=1"), fixture.requests());
        assertEquals("{\"a\":\"é\"}", fetcher("127.0.0.1/32").get(URI.create("http://2130706433:" + fixture.port()
                + "/data"), JSON).text(), "a numeric host is 127.0.0.1 on the port written after it");
    }

    @Test
    void readsChunkedBodiesAndFollowsRedirectsCheckingEachHop() throws FetchException {
        byte[] big = new byte[200_000];
        Arrays.fill(big, (byte) 'x');
        fixture.route("/chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(big);
            }
        });
        fixture.redirect("/a", "/b").redirect("/b", fixture.origin() + "/chunked");

        FetchedResponse response = fetcher("127.0.0.1").get(fixture.uri("/a"), JSON);

        assertArrayEquals(big, response.body());
        assertEquals(fixture.uri("/chunked"), response.url());
        assertEquals(List.of("/a", "/b", "/chunked"), fixture.requests());
    }

    @Test
    void refusesARedirectToAnAddressOutsideTheAllowedNetwork() {
        // 127.0.0.2 is loopback too, but not in the allowed 127.0.0.1/32: the second hop is refused before connecting.
        fixture.redirect("/r1", "/r2").redirect("/r2", "http://127.0.0.2:" + fixture.port() + "/internal");

        assertEquals(FetchException.Reason.REFUSED_ADDRESS, refusal(fetcher("127.0.0.1/32"), fixture.origin() + "/r1"));
        assertEquals(List.of("/r1", "/r2"), fixture.requests());
    }

    @Test
    void refusesRedirectsToNamesOfPrivateAddressesAndToOtherSchemes() {
        fixture.redirect("/to-metadata", "http://metadata.test/latest/meta-data/")
                .redirect("/to-file", "file:///etc/passwd");

        assertEquals(FetchException.Reason.REFUSED_ADDRESS, refusal(fetcher("127.0.0.1"), fixture.origin()
                + "/to-metadata"));
        assertEquals(FetchException.Reason.INVALID_URL, refusal(fetcher("127.0.0.1"), fixture.origin() + "/to-file"));
    }

    @Test
    void followsAFewRedirectsOnly() {
        for (int i = 0; i < 7; i++) {
            fixture.redirect("/loop" + i, "/loop" + (i + 1));
        }

        assertEquals(FetchException.Reason.TOO_MANY_REDIRECTS, refusal(fetcher("127.0.0.1"), fixture.origin()
                + "/loop0"));
        assertEquals(SafeFetcher.MAX_REDIRECTS + 1, fixture.requests().size());
    }

    @Test
    void aSlowServerTimesOutWithinTheDeadline() {
        fixture.route("/slow", exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        fixture.route("/drip", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(300);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        SafeFetcher fetcher = fetcher("127.0.0.1");

        for (String path : List.of("/slow", "/drip")) {
            long started = System.nanoTime();
            assertEquals(FetchException.Reason.TIMEOUT, refusal(fetcher, fixture.origin() + path), path);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis >= 900 && millis < 2_500, path + " took " + millis + " ms");
        }
    }

    @Test
    void aHugeBodyIsCutOffWhileItStreams() {
        byte[] block = new byte[64 * 1024];
        fixture.route("/endless", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 1_000; i++) {
                    out.write(block);
                }
            }
        });
        fixture.route("/declared", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 100L << 20);
        });

        assertEquals(FetchException.Reason.TOO_LARGE, refusal(fetcher("127.0.0.1"), fixture.origin() + "/endless"));
        assertEquals(FetchException.Reason.TOO_LARGE, refusal(fetcher("127.0.0.1"), fixture.origin() + "/declared"));
    }

    @Test
    void refusesOtherTypesAndStatusesAndCompressedBodies() {
        fixture.route("/page", 200, "text/html", "<p>hi</p>")
                .route("/untyped", exchange -> {
                    exchange.sendResponseHeaders(200, 2);
                    exchange.getResponseBody().write("{}".getBytes(StandardCharsets.US_ASCII));
                })
                .route("/gone", 410, "application/json", "{}")
                .route("/gzip", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    exchange.sendResponseHeaders(200, 2);
                    exchange.getResponseBody().write("{}".getBytes(StandardCharsets.US_ASCII));
                });
        SafeFetcher fetcher = fetcher("127.0.0.1");

        assertEquals(FetchException.Reason.UNACCEPTABLE_TYPE, refusal(fetcher, fixture.origin() + "/page"));
        assertEquals(FetchException.Reason.UNACCEPTABLE_TYPE, refusal(fetcher, fixture.origin() + "/untyped"));
        assertEquals(FetchException.Reason.HTTP_STATUS, refusal(fetcher, fixture.origin() + "/gone"));
        assertEquals(FetchException.Reason.UNACCEPTABLE_TYPE, refusal(fetcher, fixture.origin() + "/gzip"));
        assertEquals(FetchException.Reason.HTTP_STATUS, refusal(fetcher, fixture.origin() + "/missing"));
    }

    @Test
    void acceptsWildcardTypes() {
        assertTrue(SafeFetcher.accepted("image/png", List.of("image/*")));
        assertTrue(SafeFetcher.accepted("text/html", List.of("application/json", "TEXT/HTML")));
        assertEquals(false, SafeFetcher.accepted("imagery/png", List.of("image/*")));
        assertEquals(false, SafeFetcher.accepted("", List.of("image/*")));
    }

    /** With the allowlist closed, every way of writing a loopback, private or metadata address is refused. */
    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1:{port}/",
            "http://localhost:{port}/",
            "http://loopback.test:{port}/",
            "http://[::1]:{port}/",
            "http://[::ffff:127.0.0.1]:{port}/",
            "http://2130706433:{port}/",
            "http://017700000001:{port}/",
            "http://0177.0.0.1:{port}/",
            "http://0x7f.1:{port}/",
            "http://127.1:{port}/",
            "http://v6.test:{port}/",
            "http://10.0.0.1/",
            "http://10.1/",
            "http://intranet.test/",
            "http://192.168.1.1/",
            "http://172.16.5.4/",
            "http://169.254.169.254/latest/meta-data/",
            "http://metadata.test/latest/meta-data/",
            "http://0xa9fea9fe/latest/meta-data/",
            "http://[fd00:ec2::254]/latest/meta-data/",
            "http://100.100.100.200/latest/meta-data/",
            "http://[fe80::1]/",
            "http://0.0.0.0:{port}/",
            "http://split.test/"})
    void refusesPrivateAddressesWhenTheAllowlistIsClosed(String template) {
        String url = template.replace("{port}", Integer.toString(fixture.port()));
        fixture.route("/", 200, "application/json", "{}");

        assertEquals(FetchException.Reason.REFUSED_ADDRESS, refusal(fetcher(""), url), url);
        assertEquals(List.of(), fixture.requests(), "nothing reached the fixture server");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://public.test/x", "gopher://public.test/", "http:///x",
            "http://user:secret@public.test/", "http://1.2.3.4.5/", "//public.test/x", "mailto:a@public.test",
            "http://2130706433:99999/", "http://public.test:0/"})
    void refusesWhatIsNoHttpUrl(String url) {
        assertEquals(FetchException.Reason.INVALID_URL, refusal(fetcher(""), url), url);
    }

    @Test
    void anUnknownHostIsANetworkFailure() {
        assertEquals(FetchException.Reason.NETWORK, refusal(fetcher(""), "http://unknown.test/"));
    }
}
