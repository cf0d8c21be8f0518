package org.masthead.engine.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.multipart.MultiPartProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.jboss.weld.environment.se.WeldContainer;
import org.masthead.engine.boot.ConfigurationException;

/**
 * Jersey on Jetty 12. Resources and providers are CDI beans: every bean class annotated with {@link Path} or
 * {@link Provider} is taken from the container and registered with Jersey as a singleton.
 */
public final class WebServer implements AutoCloseable {
    private final Server server;
    private final int port;

    private WebServer(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts serving on {@code host:port} (port 0 picks a free one).
     *
     * @param maxBodyBytes   the largest request body
     * @param maxUploadBytes the largest request body of a method marked {@link Upload}
     * @param trustedProxies addresses or CIDR networks whose X-Forwarded-* headers are honoured
     * @param frameOrigins   the origins pages may frame, for the Content-Security-Policy
     * @throws ConfigurationException if the port cannot be bound
     */
    public static WebServer start(WeldContainer container, String host, int port, long maxBodyBytes,
                                  long maxUploadBytes, List<String> trustedProxies, List<String> frameOrigins) {
        ResourceConfig config = new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new JsonMapper())
                .register(MultiPartFeature.class)
                // Parts stay in memory, never in temporary files: the body limit already bounds their size.
                .register(new MultiPartProperties().bufferThreshold(MultiPartProperties.BUFFER_THRESHOLD_MEMORY_ONLY)
                        .resolver())
                .register(new BodyLimits(maxBodyBytes, maxUploadBytes))
                .register(new SecurityHeadersFilter(frameOrigins));
        for (Class<?> type : webBeanClasses(container)) {
            config.register(container.select(type).get());
        }
        Server server = JettyHttpContainerFactory.createServer(URI.create("http://" + host + ":" + port + "/"), config,
                false);
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        connector.setHost(host);
        connector.setPort(port);
        TrustedProxies proxies = new TrustedProxies(trustedProxies);
        if (!proxies.isEmpty()) {
            connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().addCustomizer(proxies);
        }
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // already failing to start; the original error is the one to report
            }
            throw new ConfigurationException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new WebServer(server, connector.getLocalPort());
    }

    private static Set<Class<?>> webBeanClasses(WeldContainer container) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Bean<?> bean : container.getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                types.add(type);
            }
        }
        return types;
    }

    /** The port actually bound. */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the HTTP server", e);
        }
    }
}
