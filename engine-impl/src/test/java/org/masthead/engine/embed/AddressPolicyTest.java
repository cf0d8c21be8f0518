package org.masthead.engine.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.engine.web.Network;

class AddressPolicyTest {
    private final AddressPolicy closed = new AddressPolicy(List.of());

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1|127.0.0.1 is in the loopback block 127.0.0.0/8",
            "127.255.0.9|127.255.0.9 is in the loopback block 127.0.0.0/8",
            "10.1.2.3|10.1.2.3 is in the private block 10.0.0.0/8",
            "172.16.0.1|172.16.0.1 is in the private block 172.16.0.0/12",
            "172.31.255.255|172.31.255.255 is in the private block 172.16.0.0/12",
            "192.168.1.1|192.168.1.1 is in the private block 192.168.0.0/16",
            "169.254.169.254|169.254.169.254 is in the link-local (where cloud metadata services answer) block 169.254.0.0/16",
            "100.100.100.200|100.100.100.200 is in the shared address space (CGNAT) block 100.64.0.0/10",
            "0.0.0.0|0.0.0.0 is in the this network block 0.0.0.0/8",
            "224.0.0.1|224.0.0.1 is in the multicast block 224.0.0.0/4",
            "255.255.255.255|255.255.255.255 is in the reserved block 240.0.0.0/4",
            "::1|0:0:0:0:0:0:0:1 is in the loopback block 0:0:0:0:0:0:0:1/128",
            "::|0:0:0:0:0:0:0:0 is in the unspecified block 0:0:0:0:0:0:0:0/128",
            "::ffff:10.0.0.1|10.0.0.1 is in the private block 10.0.0.0/8",
            "::127.0.0.1|0:0:0:0:0:0:7f00:1 is in the IPv4-compatible block 0:0:0:0:0:0:0:0/96",
            "64:ff9b::a00:1|64:ff9b:0:0:0:0:a00:1 is in the NAT64 block 64:ff9b:0:0:0:0:0:0/96",
            "fd00:ec2::254|fd00:ec2:0:0:0:0:0:254 is in the unique local block fc00:0:0:0:0:0:0:0/7",
            "fe80::1|fe80:0:0:0:0:0:0:1 is in the link-local block fe80:0:0:0:0:0:0:0/10",
            "ff02::1|ff02:0:0:0:0:0:0:1 is in the multicast block ff00:0:0:0:0:0:0:0/8",
            "2002:a00:1::|2002:a00:1:0:0:0:0:0 is in the 6to4 block 2002:0:0:0:0:0:0:0/16"})
    void refusesSpecialAddressesNamingTheirBlock(String literal, String reason) throws UnknownHostException {
        assertEquals(Optional.of(reason), closed.refusal(address(literal)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
            "2001:4860:4860::8888"})
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertEquals(Optional.empty(), closed.refusal(address(literal)));
    }

    @Test
    void anAllowedNetworkOpensExactlyItself() throws UnknownHostException {
        AddressPolicy policy = new AddressPolicy(Network.parseList("127.0.0.1, 10.8.0.0/16, ::1"));

        assertEquals(Optional.empty(), policy.refusal(address("127.0.0.1")));
        assertEquals(Optional.empty(), policy.refusal(address("10.8.200.1")));
        assertEquals(Optional.empty(), policy.refusal(address("::1")));
        assertTrue(policy.refusal(address("127.0.0.2")).isPresent());
        assertTrue(policy.refusal(address("10.9.0.1")).isPresent());
        assertTrue(policy.refusal(address("169.254.169.254")).isPresent());
    }

    @ParameterizedTest
    @CsvSource({
            "2130706433, 127.0.0.1",
            "017700000001, 127.0.0.1",
            "0x7f000001, 127.0.0.1",
            "0177.0.0.1, 127.0.0.1",
            "0x7f.1, 127.0.0.1",
            "127.1, 127.0.0.1",
            "0x7F.0.0.1., 127.0.0.1",
            "10.1, 10.0.0.1",
            "3232235777, 192.168.1.1",
            "0xa9.0xfe.0xa9.0xfe, 169.254.169.254",
            "1.2.3.4, 1.2.3.4"})
    void readsNumericHostsAsBrowsersDo(String host, String address) {
        assertEquals(address, AddressPolicy.ipv4(host).orElseThrow().getHostAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "localhost", "x.0a", "1.example"})
    void hostNamesAreNotNumbers(String host) {
        assertFalse(AddressPolicy.ipv4(host).isPresent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "256.1.1.1|256.1.1.1 is no IPv4 address: 256 is too large",
            "1.2.3.4.5|1.2.3.4.5 has more than four numeric parts",
            "08.1.1.1|08.1.1.1 is no IPv4 address: '08' is not a number",
            "4294967296|4294967296 is no IPv4 address: 4294967296 is too large",
            "example.123|example.123 is no IPv4 address: 'example' is not a number"})
    void refusesHostsThatEndInANumberButAreNoAddress(String host, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> AddressPolicy.ipv4(host))
                .getMessage());
    }

    @Test
    void networksParseAndContain() throws UnknownHostException {
        assertEquals("10.0.0.0/8", Network.parse(" 10.0.0.0/8 ").toString());
        assertEquals("0:0:0:0:0:ffff:0:0/96", Network.parse("::ffff:0:0/96").toString());
        assertTrue(Network.parse("fc00::/7").contains(address("fdff::1")));
        assertFalse(Network.parse("fc00::/7").contains(address("fe00::1")));
        assertFalse(Network.parse("0.0.0.0/0").contains(address("::1")), "families never mix");
        assertEquals(List.of(), Network.parseList(" "));
        for (String invalid : List.of("intranet.example", "10.0.0.0/33", "10.0.0/8", "::1/abc")) {
            assertThrows(IllegalArgumentException.class, () -> Network.parse(invalid), invalid);
        }
    }
}
