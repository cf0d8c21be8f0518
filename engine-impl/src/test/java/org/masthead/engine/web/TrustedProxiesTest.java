package org.masthead.engine.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.engine.boot.ConfigurationException;
import org.masthead.engine.testing.TestSite;

/** X-Forwarded-* headers count only from the configured reverse proxies. */
class TrustedProxiesTest {

    @Test
    void networksMatchByPrefix() throws Exception {
        Network network = Network.parse("10.1.0.0/16");
        assertTrue(network.contains(InetAddress.getByName("10.1.200.7")));
        assertFalse(network.contains(InetAddress.getByName("10.2.0.1")));
        assertFalse(network.contains(InetAddress.getByName("::1")));
        assertTrue(Network.parse("::1").contains(InetAddress.getByName("::1")));
        assertTrue(Network.parse("127.0.0.1").contains(InetAddress.getByName("127.0.0.1")));
        assertThrows(ConfigurationException.class, () -> new TrustedProxies(List.of("proxy.example")));
        assertThrows(ConfigurationException.class, () -> new TrustedProxies(List.of("10.0.0.0/33")));
    }

    @Test
    void aSessionCookieIsSecureOnlyWhenATrustedProxySaysHttps() throws Exception {
        try (TestSite trusted = TestSite.start(b -> b.trustedProxies(List.of("127.0.0.1", "::1")));
             TestSite untrusted = TestSite.start()) {
            assertTrue(loginCookie(trusted).contains("Secure"), loginCookie(trusted));
            assertFalse(loginCookie(untrusted).contains("Secure"), loginCookie(untrusted));
        }
    }

    private static String loginCookie(TestSite site) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(site.engine().localUri().resolve("api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + TestSite.ADMIN_EMAIL
                        + "\",\"password\":\"" + TestSite.ADMIN_PASSWORD + "\"}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("Set-Cookie").orElseThrow();
    }
}
