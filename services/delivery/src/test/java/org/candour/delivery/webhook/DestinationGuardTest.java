package org.candour.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationGuardTest {

    private static final Map<String, List<InetAddress>> DNS = Map.ofEntries(
            Map.entry("receiver.test", List.of(address("93.184.215.14"))),
            Map.entry("dual.test", List.of(address("93.184.215.14"), address("2606:4700:4700::1111"))),
            Map.entry("sneaky.test", List.of(address("93.184.215.14"), address("10.0.0.1"))),
            Map.entry("receiver.internal", List.of(address("10.9.9.9"))),
            Map.entry("other.internal", List.of(address("10.9.9.9"))),
            Map.entry("loopback.test", List.of(address("127.0.0.1"))),
            Map.entry("private10.test", List.of(address("10.0.0.1"))),
            Map.entry("private172.test", List.of(address("172.16.5.4"))),
            Map.entry("private192.test", List.of(address("192.168.1.1"))),
            Map.entry("metadata.test", List.of(address("169.254.169.254"))),
            Map.entry("cgnat.test", List.of(address("100.64.0.1"))),
            Map.entry("zero.test", List.of(address("0.0.0.0"))),
            Map.entry("broadcast.test", List.of(address("255.255.255.255"))),
            Map.entry("multicast.test", List.of(address("224.0.0.1"))),
            Map.entry("loopback6.test", List.of(address("::1"))),
            Map.entry("unspecified6.test", List.of(address("::"))),
            Map.entry("linklocal6.test", List.of(address("fe80::1"))),
            Map.entry("uniquelocal6.test", List.of(address("fd00::1"))),
            Map.entry("mapped.test", List.of(ipv6(0, 0, 0, 0, 0, 0xffff, 0x7f00, 0x0001))),
            Map.entry("mapped10.test", List.of(ipv6(0, 0, 0, 0, 0, 0xffff, 0x0a00, 0x0001))),
            Map.entry("compatible.test", List.of(ipv6(0, 0, 0, 0, 0, 0, 0x0a00, 0x0001))),
            Map.entry("nat64.test", List.of(ipv6(0x64, 0xff9b, 0, 0, 0, 0, 0xa9fe, 0xa9fe))),
            Map.entry("sixtofour.test", List.of(ipv6(0x2002, 0x7f00, 0x0001, 0, 0, 0, 0, 1))));

    private static final AddressResolver RESOLVER = host -> {
        List<InetAddress> addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        return addresses;
    };

    private final DestinationGuard guard = new DestinationGuard(false, List.of(), RESOLVER);

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource({
        "127.0.0.1, '127.0.0.1 is a loopback address'",
        "10.0.0.1, '10.0.0.1 is a private address'",
        "172.16.5.4, '172.16.5.4 is a private address'",
        "192.168.1.1, '192.168.1.1 is a private address'",
        "169.254.169.254, '169.254.169.254 is a link-local address'",
        "100.64.0.1, '100.64.0.1 is a carrier-grade NAT address'",
        "0.0.0.0, '0.0.0.0 is an unspecified address'",
        "0.1.2.3, '0.1.2.3 is a \"this network\" address (0.0.0.0/8)'",
        "255.255.255.255, '255.255.255.255 is the broadcast address'",
        "240.0.0.1, '240.0.0.1 is a reserved address'",
        "224.0.0.1, '224.0.0.1 is a multicast address'",
        "[::1], '::1 is a loopback address'",
        "[::], ':: is an unspecified address'",
        "[fe80::1], 'fe80::1 is a link-local address'",
        "[fd00::1], 'fd00::1 is a unique-local address'",
        "[fc00::1], 'fc00::1 is a unique-local address'",
        "[fec0::1], 'fec0::1 is a site-local address'",
        "[ff02::1], 'ff02::1 is a multicast address'",
        "[::ffff:127.0.0.1], '::ffff:127.0.0.1 is 127.0.0.1, a loopback address'",
        "[::ffff:10.0.0.1], '::ffff:10.0.0.1 is 10.0.0.1, a private address'",
        "[::ffff:a9fe:a9fe], '::ffff:a9fe:a9fe is 169.254.169.254, a link-local address'",
        "[::10.0.0.1], '::10.0.0.1 is ::a00:1, an IPv4-compatible form of a private address (10.0.0.1)'",
        "[64:ff9b::127.0.0.1], '64:ff9b::127.0.0.1 is 64:ff9b::7f00:1, a NAT64 form of a loopback address (127.0.0.1)'",
        "[2002:a9fe:a9fe::1], '2002:a9fe:a9fe::1 is a 6to4 form of a link-local address (169.254.169.254)'",
    })
    void anAddressInsideTheNetworkIsRefusedNamingIt(String host, String reason) {
        assertThatThrownBy(() -> guard.checkRegistration("https://" + host + "/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessage(reason + "; only public addresses can receive webhooks.");
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource({
        "loopback.test, 127.0.0.1, a loopback address",
        "private10.test, 10.0.0.1, a private address",
        "private172.test, 172.16.5.4, a private address",
        "private192.test, 192.168.1.1, a private address",
        "metadata.test, 169.254.169.254, a link-local address",
        "cgnat.test, 100.64.0.1, a carrier-grade NAT address",
        "zero.test, 0.0.0.0, an unspecified address",
        "broadcast.test, 255.255.255.255, the broadcast address",
        "multicast.test, 224.0.0.1, a multicast address",
        "loopback6.test, ::1, a loopback address",
        "unspecified6.test, ::, an unspecified address",
        "linklocal6.test, fe80::1, a link-local address",
        "uniquelocal6.test, fd00::1, a unique-local address",
        "mapped.test, ::ffff:7f00:1, an IPv4-mapped form of a loopback address (127.0.0.1)",
        "mapped10.test, ::ffff:a00:1, an IPv4-mapped form of a private address (10.0.0.1)",
        "compatible.test, ::a00:1, an IPv4-compatible form of a private address (10.0.0.1)",
        "nat64.test, 64:ff9b::a9fe:a9fe, a NAT64 form of a link-local address (169.254.169.254)",
        "sixtofour.test, 2002:7f00:1::1, a 6to4 form of a loopback address (127.0.0.1)",
        "sneaky.test, 10.0.0.1, a private address",
    })
    void aNameResolvingInsideTheNetworkIsRefusedNamingTheAddress(String host, String address, String kind) {
        assertThatThrownBy(() -> guard.checkRegistration("https://" + host + "/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessage(host + " resolves to " + address + ", " + kind
                        + "; only public addresses can receive webhooks.");
        assertThatThrownBy(() -> guard.resolveAndCheck(host))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageContaining(address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://receiver.test/webhooks",
                "https://RECEIVER.test./webhooks?topic=cases",
                "https://dual.test:8443/webhooks",
                "https://93.184.215.14/webhooks",
                "https://8.8.8.8/",
                "https://172.32.0.1/",
                "https://100.128.0.1/",
                "https://192.169.0.1/",
                "https://[2606:4700:4700::1111]/webhooks",
                "https://[2002:808:808::1]/",
                "https://[::ffff:8.8.8.8]/"
            })
    void aPublicAddressIsAllowed(String url) {
        assertThat(guard.checkRegistration(url)).isEqualTo(URI.create(url));
    }

    @Test
    void atSendTimeEveryAddressOfTheHostIsReturned() {
        assertThat(guard.resolveAndCheck("dual.test"))
                .containsExactly(address("93.184.215.14"), address("2606:4700:4700::1111"));
        assertThat(guard.resolveAndCheck("[2606:4700:4700::1111]")).containsExactly(address("2606:4700:4700::1111"));
    }

    @Test
    void httpIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> guard.checkRegistration("http://receiver.test/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessage("The URL must use https.");
        assertThatThrownBy(() -> guard.checkRegistration("ftp://receiver.test/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessage("The URL must use https.");

        DestinationGuard local = new DestinationGuard(true, List.of(), RESOLVER);

        assertThat(local.checkRegistration("http://receiver.test/webhooks"))
                .isEqualTo(URI.create("http://receiver.test/webhooks"));
        assertThatThrownBy(() -> local.checkRegistration("ftp://receiver.test/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessage("The URL must use https or http.");
        assertThatThrownBy(() -> local.checkRegistration("http://127.0.0.1:8080/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageContaining("127.0.0.1 is a loopback address");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "https://user:secret@receiver.test/webhooks, The URL must not contain credentials.",
        "https://token@receiver.test/webhooks, The URL must not contain credentials.",
        "https://receiver.test/webhooks#part, The URL must not contain a fragment.",
        "https:///webhooks, The URL must name a host.",
        "https:receiver.test, The URL must name a host.",
        "https://under_score.test/webhooks, The URL must name a host.",
        "/webhooks, 'The URL must be absolute, starting with https://.'",
        "receiver.test/webhooks, 'The URL must be absolute, starting with https://.'",
        "https://nowhere.test/webhooks, nowhere.test does not resolve to any address.",
        "https://127.1/webhooks, The URL must name a host.",
        "https://2130706433/, 2130706433 is not a valid IPv4 address; write it as four decimal numbers without leading zeros.",
        "https://0177.0.0.1/, 0177.0.0.1 is not a valid IPv4 address; write it as four decimal numbers without leading zeros.",
        "https://256.1.1.1/, The URL must name a host.",
        "https://[1::2::3]/, 'The URL is not valid: Expected hex digits or IPv4 address at index 14: https://[1::2::3]/.'",
        "https://receiver test/, 'The URL is not valid: Illegal character in authority at index 16: https://receiver test/.'",
    })
    void aUrlThatIsNotAPlainHttpsAddressOfAHostIsRefusedSayingWhy(String url, String reason) {
        assertThatThrownBy(() -> guard.checkRegistration(url))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessage(reason)
                .extracting(refused -> ((RefusedDestinationException) refused).reason())
                .isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.1", "2130706433", "0177.0.0.1", "010.0.0.1", "256.1.1.1"})
    void anAmbiguousOrOutOfRangeIpv4LiteralIsRefusedAtSendTimeToo(String host) {
        assertThatThrownBy(() -> guard.resolveAndCheck(host))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessage(
                        host + " is not a valid IPv4 address; write it as four decimal numbers without leading zeros.");
    }

    @Test
    void aUrlOfMoreThan2048CharactersIsRefused() {
        String base = "https://receiver.test/";
        String longest = base + "a".repeat(2_048 - base.length());

        assertThat(guard.checkRegistration(longest)).isEqualTo(URI.create(longest));
        assertThatThrownBy(() -> guard.checkRegistration(longest + "a"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessage("The URL is longer than 2,048 characters.");
    }

    @Test
    void theAllowListLetsTheHostAddressOrBlockItNamesThroughAndNothingElse() {
        DestinationGuard allowing = new DestinationGuard(
                false, List.of("receiver.internal", "10.1.2.3", "[::1]", "fd00::/8", "192.168.0.0/16"), RESOLVER);

        assertThat(allowing.checkRegistration("https://receiver.internal/webhooks"))
                .isNotNull();
        assertThat(allowing.checkRegistration("https://RECEIVER.INTERNAL./webhooks"))
                .isNotNull();
        assertThat(allowing.resolveAndCheck("receiver.internal")).containsExactly(address("10.9.9.9"));
        assertThat(allowing.checkRegistration("https://10.1.2.3/webhooks")).isNotNull();
        assertThat(allowing.checkRegistration("https://[::1]:8443/webhooks")).isNotNull();
        assertThat(allowing.checkRegistration("https://[fd12:3456::1]/webhooks"))
                .isNotNull();
        assertThat(allowing.checkRegistration("https://192.168.200.7/webhooks")).isNotNull();
        assertThat(allowing.checkRegistration("https://private192.test/webhooks"))
                .isNotNull();

        assertThatThrownBy(() -> allowing.checkRegistration("https://other.internal/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageContaining("other.internal resolves to 10.9.9.9, a private address");
        assertThatThrownBy(() -> allowing.checkRegistration("https://10.1.2.4/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageContaining("10.1.2.4 is a private address");
        assertThatThrownBy(() -> allowing.checkRegistration("https://[fc00::1]/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageContaining("fc00::1 is a unique-local address");
        assertThatThrownBy(() -> allowing.checkRegistration("https://127.0.0.1/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageContaining("127.0.0.1 is a loopback address");
        assertThatThrownBy(() -> allowing.checkRegistration("https://172.16.5.4/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageContaining("172.16.5.4 is a private address");
        assertThatThrownBy(() -> allowing.checkRegistration("http://receiver.internal/webhooks"))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessage("The URL must use https.");
    }

    @Test
    void aBlockCoversOnlyItsOwnPrefix() {
        DestinationGuard allowing = new DestinationGuard(false, List.of("10.0.0.0/31", "0.0.0.0/0"), RESOLVER);
        DestinationGuard narrow = new DestinationGuard(false, List.of("10.0.0.0/31"), RESOLVER);

        assertThat(allowing.checkRegistration("https://169.254.169.254/")).isNotNull();
        assertThat(narrow.checkRegistration("https://10.0.0.1/")).isNotNull();
        assertThatThrownBy(() -> narrow.checkRegistration("https://10.0.0.2/"))
                .isInstanceOf(RefusedDestinationException.class);
        assertThatThrownBy(() -> narrow.checkRegistration("https://[::1]/"))
                .isInstanceOf(RefusedDestinationException.class);
    }

    @Test
    void anAllowListEntryThatIsNeitherAHostAnAddressNorABlockIsRefusedNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DestinationGuard(false, List.of("10.0.0.0/33"), RESOLVER))
                .withMessageContaining("\"10.0.0.0/33\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DestinationGuard(false, List.of("receiver.internal/8"), RESOLVER))
                .withMessageContaining("\"receiver.internal/8\" is not an address block");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DestinationGuard(false, List.of(" "), RESOLVER))
                .withMessage("An entry of the webhook allow-list is blank.");
    }

    @Test
    void addressesAreWrittenAsPeopleWriteThem() {
        assertThat(DestinationGuard.text(address("2001:db8:0:0:1:0:0:1"))).isEqualTo("2001:db8::1:0:0:1");
        assertThat(DestinationGuard.text(address("2001:db8:1:1:1:1:1:1"))).isEqualTo("2001:db8:1:1:1:1:1:1");
        assertThat(DestinationGuard.text(address("2001:0:0:1::1"))).isEqualTo("2001:0:0:1::1");
        assertThat(DestinationGuard.text(address("::"))).isEqualTo("::");
        assertThat(DestinationGuard.text(address("1::"))).isEqualTo("1::");
    }

    private static InetAddress address(String literal) {
        return DestinationGuard.literal(literal).orElseThrow();
    }

    private static InetAddress ipv6(int... groups) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (groups[i] >>> 8);
            bytes[2 * i + 1] = (byte) groups[i];
        }
        try {
            // Inet6Address keeps a mapped address as IPv6, as a resolver may hand it over.
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
