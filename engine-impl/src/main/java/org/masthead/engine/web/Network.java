package org.masthead.engine.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation, such as {@code 10.0.0.0/8} or {@code fc00::/7}; a bare address is a
 * block of one.
 *
 * @param address the block's first address
 * @param bits    the length of its prefix in bits
 */
public record Network(InetAddress address, int bits) {
    // Literal addresses only: InetAddress would look anything else up in DNS.
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    public Network {
        if (bits < 0 || bits > address.getAddress().length * 8) {
            throw new IllegalArgumentException("a prefix of " + bits + " bits does not fit "
                    + address.getHostAddress());
        }
    }

    /**
     * Reads {@code 10.0.0.0/8}, {@code ::1/128} or a bare address.
     *
     * @throws IllegalArgumentException if it is not one
     */
    public static Network parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String literal = slash < 0 ? text : text.substring(0, slash);
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or a CIDR block");
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            if (literal.contains(":") && address instanceof Inet4Address) {
                // Java reads ::ffff:a.b.c.d as the IPv4 address; as a block it must stay IPv6.
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xFF;
                mapped[11] = (byte) 0xFF;
                System.arraycopy(address.getAddress(), 0, mapped, 12, 4);
                address = Inet6Address.getByAddress(null, mapped, -1);
            }
            int bits = slash < 0 ? address.getAddress().length * 8 : Integer.parseInt(text.substring(slash + 1));
            return new Network(address, bits);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or a CIDR block");
        }
    }

    /** Reads a comma-separated list of blocks; blank means none. */
    public static List<Network> parseList(String list) {
        return Arrays.stream(list.split(",")).filter(item -> !item.isBlank()).map(Network::parse).toList();
    }

    /** Whether {@code candidate} is in this block; an IPv4 address is never in an IPv6 block, nor the reverse. */
    public boolean contains(InetAddress candidate) {
        byte[] prefix = address.getAddress();
        byte[] other = candidate.getAddress();
        if (prefix.length != other.length) {
            return false;
        }
        for (int bit = 0; bit < bits; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((prefix[bit / 8] & mask) != (other[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + bits;
    }
}
