package org.masthead.engine.embed;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.engine.web.Network;

/**
 * Which addresses the server-side fetcher may connect to: any public address, and nothing of the special-purpose
 * blocks (private, loopback, link-local with the cloud metadata service, shared CGNAT space, multicast, IPv6
 * unique-local and IPv4-embedding forms…) unless an operator allowed that network.
 */
final class AddressPolicy {
    /** The special-purpose blocks (IANA's registries), most specific first so that refusals name them well. */
    private static final Map<Network, String> SPECIAL = ordered(
            "0.0.0.0/8", "this network",
            "10.0.0.0/8", "private",
            "100.64.0.0/10", "shared address space (CGNAT)",
            "127.0.0.0/8", "loopback",
            "169.254.0.0/16", "link-local (where cloud metadata services answer)",
            "172.16.0.0/12", "private",
            "192.0.0.0/24", "IETF protocol assignments",
            "192.0.2.0/24", "documentation",
            "192.88.99.0/24", "6to4 relay anycast",
            "192.168.0.0/16", "private",
            "198.18.0.0/15", "benchmarking",
            "198.51.100.0/24", "documentation",
            "203.0.113.0/24", "documentation",
            "224.0.0.0/4", "multicast",
            "240.0.0.0/4", "reserved",
            "::/128", "unspecified",
            "::1/128", "loopback",
            "::ffff:0:0/96", "IPv4-mapped",
            "::/96", "IPv4-compatible",
            "64:ff9b::/96", "NAT64",
            "64:ff9b:1::/48", "local NAT64",
            "100::/64", "discard-only",
            "2001:db8::/32", "documentation",
            "2001::/32", "Teredo",
            "2002::/16", "6to4",
            "fc00::/7", "unique local",
            "fe80::/10", "link-local",
            "fec0::/10", "site-local",
            "ff00::/8", "multicast");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]*");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");

    private final List<Network> allowed;

    AddressPolicy(List<Network> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Why the fetcher must not connect to {@code address}, or empty when it may. */
    Optional<String> refusal(InetAddress address) {
        if (allowed.stream().anyMatch(network -> network.contains(address))) {
            return Optional.empty();
        }
        return SPECIAL.entrySet().stream().filter(entry -> entry.getKey().contains(address)).findFirst()
                .map(entry -> address.getHostAddress() + " is in the " + entry.getValue() + " block "
                        + entry.getKey());
    }

    /**
     * The IPv4 address a host written with numbers stands for, read as browsers read URLs (the WHATWG URL
     * standard): {@code 2130706433}, {@code 0x7f.1} and {@code 0177.0.0.1} are all 127.0.0.1. Empty for a host
     * name.
     *
     * @throws IllegalArgumentException for a host that ends in a number but is no valid address
     */
    static Optional<InetAddress> ipv4(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = name.split("\\.", -1);
        String last = parts[parts.length - 1];
        if (!DECIMAL.matcher(last).matches() && !HEX.matcher(last).matches()) {
            return Optional.empty();
        }
        if (parts.length > 4) {
            throw new IllegalArgumentException(host + " has more than four numeric parts");
        }
        long value = 0;
        for (int i = 0; i < parts.length; i++) {
            long part = number(parts[i], host);
            long limit = i == parts.length - 1 ? 1L << (8 * (5 - parts.length)) : 256;
            if (part >= limit) {
                throw new IllegalArgumentException(host + " is no IPv4 address: " + parts[i] + " is too large");
            }
            value = i == parts.length - 1 ? value * limit + part : value * 256 + part;
        }
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static long number(String part, String host) {
        try {
            if (HEX.matcher(part).matches()) {
                return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Long.parseLong(part.substring(1), 8);
            }
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(host + " is no IPv4 address: '" + part + "' is not a number");
        }
    }

    private static Map<Network, String> ordered(String... blocksAndNames) {
        Map<Network, String> blocks = new java.util.LinkedHashMap<>();
        for (int i = 0; i < blocksAndNames.length; i += 2) {
            blocks.put(Network.parse(blocksAndNames[i]), blocksAndNames[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(blocks);
    }
}
