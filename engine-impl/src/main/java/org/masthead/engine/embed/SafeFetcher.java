package org.masthead.engine.embed;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.masthead.api.embed.FetchException;
import org.masthead.api.embed.FetchException.Reason;
import org.masthead.api.embed.FetchedResponse;
import org.masthead.api.embed.HttpFetcher;

/**
 * The engine's {@link HttpFetcher}: HTTP/1.1 spoken over a socket the fetcher connects itself, so that the
 * address it connects to is exactly the one it resolved and vetted. (A general HTTP client resolves host names
 * again on its own, which would let a DNS answer change between the check and the connection.) TLS still
 * verifies the certificate against the host name and sends it as SNI. One deadline bounds the whole fetch:
 * looking up, connecting, every redirect and every read.
 */
@ApplicationScoped
public class SafeFetcher implements HttpFetcher {
    /** Redirects followed before giving up. */
    static final int MAX_REDIRECTS = 5;
    /** The largest body read, whatever its type. */
    static final int MAX_BODY_BYTES = 5 << 20;
    private static final int MAX_HEAD_BYTES = 64 << 10;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String USER_AGENT = "Masthead/0.1 (link previews)";
    private static final Pattern HOST_AND_PORT = Pattern.compile("([^:]*)(?::(\\d{1,5}))?");

    /** Looks up the addresses of a host name; tests point names where they need. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Where one request goes: the host as written (for Host and TLS) and the vetted address to connect to. */
    private record Target(URI url, String host, InetAddress address, int port, boolean tls) {
    }

    /** A response's status line and headers (names in lower case). */
    private record Head(int status, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name);
        }
    }

    private final AddressPolicy policy;
    private final Duration timeout;
    private final Resolver resolver;
    // Lookups run here so that a slow DNS server counts against the deadline like everything else.
    private final ExecutorService lookups = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "masthead-fetch-lookup");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public SafeFetcher(EmbedSettings settings) {
        this(new AddressPolicy(settings.allowedNetworks()), settings.fetchTimeout(), InetAddress::getAllByName);
    }

    SafeFetcher(AddressPolicy policy, Duration timeout, Resolver resolver) {
        this.policy = policy;
        this.timeout = timeout;
        this.resolver = resolver;
    }

    @PreDestroy
    void close() {
        lookups.shutdownNow();
    }

    @Override
    public FetchedResponse get(URI url, List<String> accept) throws FetchException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            try {
                Target target = target(current, deadline);
                try (Socket socket = connect(target, deadline)) {
                    send(socket, target, accept);
                    InputStream in = new BufferedInputStream(new DeadlineInputStream(socket, deadline));
                    Head head = readHead(in);
                    String location = head.header("location");
                    if (!REDIRECTS.contains(head.status()) || location == null) {
                        return response(target.url(), head, in, accept);
                    }
                    if (redirects == MAX_REDIRECTS) {
                        throw new FetchException(Reason.TOO_MANY_REDIRECTS, url + " redirects more than "
                                + MAX_REDIRECTS + " times");
                    }
                    current = redirect(current, location);
                }
            } catch (SocketTimeoutException e) {
                throw new FetchException(Reason.TIMEOUT, current + " took longer than " + timeout.toMillis() + " ms");
            } catch (IOException e) {
                throw new FetchException(Reason.NETWORK, current + ": " + e);
            }
        }
    }

    /** Checks a URL and resolves its host to an address the policy allows. */
    private Target target(URI url, long deadline) throws FetchException, SocketTimeoutException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || url.isOpaque() || !scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(Reason.INVALID_URL, url + " is not an http or https URL");
        }
        URI ascii = URI.create(url.toASCIIString());
        String authority = ascii.getRawAuthority();
        if (authority == null || authority.contains("@")) {
            throw new FetchException(Reason.INVALID_URL, url + " has no host, or carries credentials");
        }
        // URI leaves host and port empty for numeric forms such as 2130706433 that browsers still accept: read them.
        Matcher hostAndPort = HOST_AND_PORT.matcher(authority);
        String host = ascii.getHost() != null ? ascii.getHost() : hostAndPort.matches() ? hostAndPort.group(1) : "";
        int port = ascii.getHost() != null ? ascii.getPort()
                : hostAndPort.matches() && hostAndPort.group(2) != null ? Integer.parseInt(hostAndPort.group(2)) : -1;
        port = port >= 0 ? port : scheme.equals("https") ? 443 : 80;
        if (host.isEmpty() || port == 0 || port > 65_535) {
            throw new FetchException(Reason.INVALID_URL, url + " has no host or an invalid port");
        }
        InetAddress address = vetted(url, host.toLowerCase(Locale.ROOT), deadline);
        return new Target(ascii, host, address, port, scheme.equals("https"));
    }

    private InetAddress vetted(URI url, String host, long deadline) throws FetchException, SocketTimeoutException {
        InetAddress[] addresses;
        if (host.startsWith("[")) {
            addresses = new InetAddress[] {literal(url, host.substring(1, host.length() - 1))};
        } else {
            Optional<InetAddress> numeric;
            try {
                numeric = AddressPolicy.ipv4(host);
            } catch (IllegalArgumentException e) {
                throw new FetchException(Reason.INVALID_URL, url + ": " + e.getMessage());
            }
            addresses = numeric.isPresent() ? new InetAddress[] {numeric.get()} : lookUp(url, host, deadline);
        }
        // Every address must pass: a name that also points inside must not get in through its public twin.
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new FetchException(Reason.REFUSED_ADDRESS, url + " is refused: " + refusal.get());
            }
        }
        return addresses[0];
    }

    private static InetAddress literal(URI url, String ipv6) throws FetchException {
        try {
            return InetAddress.getByName(ipv6);
        } catch (UnknownHostException e) {
            throw new FetchException(Reason.INVALID_URL, url + " has an invalid IPv6 address");
        }
    }

    private InetAddress[] lookUp(URI url, String host, long deadline) throws FetchException, SocketTimeoutException {
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return resolver.resolve(host);
            } catch (UnknownHostException e) {
                throw new CompletionException(e);
            }
        }, lookups);
        try {
            InetAddress[] addresses = lookup.get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
            if (addresses.length == 0) {
                throw new FetchException(Reason.NETWORK, url + ": " + host + " has no address");
            }
            return addresses;
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw new FetchException(Reason.TIMEOUT, url + ": looking up " + host + " took too long");
        } catch (ExecutionException e) {
            throw new FetchException(Reason.NETWORK, url + ": unknown host " + host);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Reason.TIMEOUT, url + ": interrupted");
        }
    }

    private static Socket connect(Target target, long deadline) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(target.address(), target.port()), remainingMillis(deadline));
            if (!target.tls()) {
                return socket;
            }
            SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(socket, target.host(), target.port(), true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!target.host().startsWith("[") && AddressPolicy.ipv4(target.host()).isEmpty()) {
                parameters.setServerNames(List.of(new SNIHostName(target.host())));
            }
            tls.setSSLParameters(parameters);
            tls.setSoTimeout(remainingMillis(deadline));
            tls.startHandshake();
            return tls;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static void send(Socket socket, Target target, List<String> accept) throws IOException {
        URI url = target.url();
        String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        boolean defaultPort = target.port() == (target.tls() ? 443 : 80);
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: " + target.host() + (defaultPort ? "" : ":" + target.port()) + "\r\n"
                + "User-Agent: " + USER_AGENT + "\r\n"
                + "Accept: " + String.join(", ", accept) + "\r\n"
                + "Accept-Encoding: identity\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static URI redirect(URI from, String location) throws FetchException {
        try {
            // URI resolves "x" against "http://host" to "http://hostx": give the base its root path first.
            URI base = from.getRawPath() == null || from.getRawPath().isEmpty() ? from.resolve("/") : from;
            return base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(Reason.NETWORK, from + " redirects to an invalid URL");
        }
    }

    private static FetchedResponse response(URI url, Head head, InputStream in, List<String> accept)
            throws IOException, FetchException {
        if (head.status() / 100 != 2) {
            throw new FetchException(Reason.HTTP_STATUS, url + " answered " + head.status());
        }
        String contentType = head.header("content-type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!accepted(mediaType, accept)) {
            throw new FetchException(Reason.UNACCEPTABLE_TYPE, url + " is " + (mediaType.isEmpty() ? "of no type"
                    : mediaType) + ", not " + String.join(" or ", accept));
        }
        String encoding = head.header("content-encoding");
        if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
            throw new FetchException(Reason.UNACCEPTABLE_TYPE, url + " is compressed (" + encoding + ")");
        }
        return new FetchedResponse(url, mediaType, charset(contentType), body(url, head, in));
    }

    static boolean accepted(String mediaType, List<String> accept) {
        return accept.stream().map(type -> type.toLowerCase(Locale.ROOT)).anyMatch(type -> type.equals(mediaType)
                || type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1)));
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String[] pair = parameter.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equalsIgnoreCase("charset")) {
                    try {
                        return Charset.forName(pair[1].replace("\"", "").strip());
                    } catch (IllegalArgumentException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The body, cut off with an error as soon as it grows past {@link #MAX_BODY_BYTES}. */
    private static byte[] body(URI url, Head head, InputStream in) throws IOException, FetchException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String transferEncoding = head.header("transfer-encoding");
        String contentLength = head.header("content-length");
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            for (long size = chunkSize(in); size > 0; size = chunkSize(in)) {
                copy(url, in, body, size);
                readLine(in);
            }
            while (!readLine(in).isEmpty()) {
                // trailer fields, unused
            }
        } else if (contentLength != null) {
            long length;
            try {
                length = Long.parseLong(contentLength.strip());
            } catch (NumberFormatException e) {
                throw new IOException("invalid Content-Length " + contentLength);
            }
            if (length > MAX_BODY_BYTES) {
                throw tooLarge(url);
            }
            copy(url, in, body, length);
        } else {
            copy(url, in, body, Long.MAX_VALUE);
        }
        return body.toByteArray();
    }

    /** Copies {@code length} bytes (or up to the end of the stream, for {@code Long.MAX_VALUE}). */
    private static void copy(URI url, InputStream in, ByteArrayOutputStream out, long length)
            throws IOException, FetchException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                if (length == Long.MAX_VALUE) {
                    return;
                }
                throw new IOException("the response ended early");
            }
            if (out.size() + read > MAX_BODY_BYTES) {
                throw tooLarge(url);
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static FetchException tooLarge(URI url) {
        return new FetchException(Reason.TOO_LARGE, url + " is larger than " + MAX_BODY_BYTES + " bytes");
    }

    private static long chunkSize(InputStream in) throws IOException {
        String line = readLine(in).split(";", 2)[0].strip();
        try {
            long size = Long.parseLong(line, 16);
            if (size < 0) {
                throw new IOException("invalid chunk size " + line);
            }
            return size;
        } catch (NumberFormatException e) {
            throw new IOException("invalid chunk size " + line);
        }
    }

    /** The status line and headers, skipping interim (1xx) responses. */
    private static Head readHead(InputStream in) throws IOException {
        while (true) {
            String statusLine = readLine(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
                throw new IOException("not an HTTP/1.x response");
            }
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new HashMap<>();
            int size = statusLine.length();
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                size += line.length();
                if (size > MAX_HEAD_BYTES) {
                    throw new IOException("response headers larger than " + MAX_HEAD_BYTES + " bytes");
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).strip());
                }
            }
            if (status >= 200) {
                return new Head(status, headers);
            }
        }
    }

    /** One line up to LF, without its CR LF, as ISO-8859-1; no longer than the head limit. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new IOException("the response ended early");
            }
            if (line.length() >= MAX_HEAD_BYTES) {
                throw new IOException("a response line is longer than " + MAX_HEAD_BYTES + " bytes");
            }
            line.append((char) next);
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    /** The socket's input, each read bounded by what is left of the fetch's deadline. */
    private static final class DeadlineInputStream extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;

        DeadlineInputStream(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            socket.setSoTimeout(remainingMillis(deadline));
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            socket.setSoTimeout(remainingMillis(deadline));
            return in.read(buffer, offset, length);
        }
    }
}
