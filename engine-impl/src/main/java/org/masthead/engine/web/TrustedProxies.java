package org.masthead.engine.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.masthead.engine.boot.ConfigurationException;

/**
 * Honours {@code X-Forwarded-Proto}, {@code X-Forwarded-Host}, {@code X-Forwarded-For} and {@code Forwarded} only
 * on connections from the configured reverse proxies. From anyone else those headers are ignored, so a client
 * cannot claim to be on HTTPS or to come from another address.
 */
final class TrustedProxies implements HttpConfiguration.Customizer {
    private final List<Network> proxies;
    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();

    TrustedProxies(List<String> proxies) {
        this.proxies = proxies.stream().filter(text -> !text.isBlank()).map(TrustedProxies::network).toList();
    }

    private static Network network(String text) {
        try {
            return Network.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("trusted proxy '" + text + "' is not an IP address or CIDR network", e);
        }
    }

    boolean isEmpty() {
        return proxies.isEmpty();
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null
                && proxies.stream().anyMatch(network -> network.contains(inet.getAddress()))) {
            return forwarded.customize(request, responseHeaders);
        }
        return request;
    }
}
