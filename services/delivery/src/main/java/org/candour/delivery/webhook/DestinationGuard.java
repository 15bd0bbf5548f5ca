package org.candour.delivery.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server-side request forgery guard. A body registering an endpoint chooses where Candour will
 * post, so without this guard anyone with credentials could make the service post into its own
 * network (a database, the cloud metadata service at 169.254.169.254). Endpoint URLs must be https,
 * unless {@code allowHttp} (local use). Every address a host resolves to is checked, at
 * registration and again at send time, because a name can be pointed elsewhere after it was
 * registered.
 *
 * <p>Refused, unless an allow-list entry names the host or covers the address: loopback, private
 * (10/8, 172.16/12, 192.168/16), carrier-grade NAT 100.64/10, 0.0.0.0/8, link-local (169.254/16
 * incl. 169.254.169.254, fe80::/10), unique-local fc00::/7, site-local fec0::/10, multicast,
 * broadcast 255.255.255.255 and the rest of the reserved 240/4, unspecified (0.0.0.0, ::), and the
 * IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4
 * (2002:aabb:ccdd::) forms of any refused IPv4 address.
 *
 * <p>Allow-list entries: a host name ({@code "localhost"}, {@code "receiver.test"}), an address
 * ({@code "127.0.0.1"}, {@code "::1"}) or a CIDR block ({@code "10.0.0.0/8"}, {@code "fd00::/8"}).
 */
public final class DestinationGuard {

    static final int MAX_URL_LENGTH = 2_048;

    private static final String PUBLIC_ONLY = "; only public addresses can receive webhooks.";

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private final boolean allowHttp;

    private final Set<String> allowedHosts = new HashSet<>();

    private final List<Block> allowedBlocks = new ArrayList<>();

    private final AddressResolver resolver;

    /**
     * @param allowHttp whether plain http endpoints are accepted (local use only)
     * @param allowList host names, addresses and CIDR blocks an operator lets through
     * @param resolver how host names become addresses
     * @throws IllegalArgumentException naming an allow-list entry that is neither
     */
    public DestinationGuard(boolean allowHttp, List<String> allowList, AddressResolver resolver) {
        this.allowHttp = allowHttp;
        this.resolver = resolver;
        for (String entry : allowList) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("An entry of the webhook allow-list is blank.");
            }
            if (trimmed.contains("/")) {
                allowedBlocks.add(Block.parse(trimmed));
            } else {
                Optional<InetAddress> address = literal(hostOf(trimmed));
                if (address.isPresent()) {
                    allowedBlocks.add(Block.of(address.get()));
                } else {
                    allowedHosts.add(hostOf(trimmed));
                }
            }
        }
    }

    /**
     * Checks a URL a body wants to register: absolute, https (or http when allowed), a host, no
     * user-info (credentials), no fragment, at most 2,048 characters, and every address it resolves
     * to allowed (a name that does not resolve is refused too).
     *
     * @return the URL, parsed
     * @throws RefusedDestinationException naming the reason
     */
    public URI checkRegistration(String url) {
        URI uri = checkForm(url);
        resolveAndCheck(uri.getHost());
        return uri;
    }

    /**
     * Checks a URL's form only, as {@link #checkRegistration} does but without resolving the host: at
     * send time the addresses are checked by {@link #resolveAndCheck} as the connection is made, so the
     * name is looked up once per attempt and the connection goes to the addresses checked.
     *
     * @return the URL, parsed
     * @throws RefusedDestinationException naming the reason
     */
    public URI checkForm(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            throw new RefusedDestinationException("The URL is longer than 2,048 characters.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException invalid) {
            throw new RefusedDestinationException("The URL is not valid: " + invalid.getMessage() + ".");
        }
        if (!uri.isAbsolute()) {
            throw new RefusedDestinationException("The URL must be absolute, starting with https://.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new RefusedDestinationException(
                    allowHttp ? "The URL must use https or http." : "The URL must use https.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedDestinationException("The URL must not contain credentials.");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedDestinationException("The URL must not contain a fragment.");
        }
        if (uri.getHost() == null) {
            throw new RefusedDestinationException("The URL must name a host.");
        }
        return uri;
    }

    /**
     * At send time: resolves the host and checks every address. An address literal is its own
     * address and is not looked up.
     *
     * @return every address of the host, all of them allowed
     * @throws RefusedDestinationException when the host does not resolve or any address is refused
     */
    public List<InetAddress> resolveAndCheck(String host) {
        String name = hostOf(host);
        if (name.isEmpty()) {
            throw new RefusedDestinationException("The URL must name a host.");
        }
        Optional<InetAddress> literal = literal(name);
        if (literal.isEmpty() && name.contains(":")) {
            throw new RefusedDestinationException(name + " is not a valid IPv6 address.");
        }
        if (literal.isEmpty() && name.matches("[0-9.]+")) {
            // Forms such as 127.1, 2130706433 or 0177.0.0.1 are read differently by different
            // parsers (0177 is octal to some); only four plain decimal parts are accepted.
            throw new RefusedDestinationException(
                    name + " is not a valid IPv4 address; write it as four decimal numbers without leading zeros.");
        }
        List<InetAddress> addresses = literal.map(List::of).orElseGet(() -> resolve(name));
        if (allowedHosts.contains(name)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (allowedBlocks.stream().anyMatch(block -> block.covers(address))) {
                continue;
            }
            Optional<String> kind = refusedKind(address);
            if (kind.isPresent()) {
                throw new RefusedDestinationException(refusal(name, literal.isPresent(), address, kind.get()));
            }
        }
        return addresses;
    }

    /** "api.example resolves to 10.0.0.1, a private address; …", or "10.0.0.1 is a private address; …". */
    private static String refusal(String name, boolean isLiteral, InetAddress address, String kind) {
        String text = text(address);
        if (!isLiteral) {
            return name + " resolves to " + text + ", " + kind + PUBLIC_ONLY;
        }
        return name.equals(text)
                ? name + " is " + kind + PUBLIC_ONLY
                : name + " is " + text + ", " + kind + PUBLIC_ONLY;
    }

    private List<InetAddress> resolve(String name) {
        List<InetAddress> addresses;
        try {
            addresses = List.copyOf(resolver.resolve(name));
        } catch (UnknownHostException | IllegalArgumentException unknown) {
            addresses = List.of();
        }
        if (addresses.isEmpty()) {
            throw new RefusedDestinationException(name + " does not resolve to any address.");
        }
        return addresses;
    }

    /** The host without IPv6 brackets or a trailing dot, in lower case. */
    private static String hostOf(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    /** The address a literal denotes, never looking a name up. */
    static Optional<InetAddress> literal(String text) {
        Matcher dotted = IPV4.matcher(text);
        if (dotted.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                String digits = dotted.group(i + 1);
                int part = Integer.parseInt(digits);
                if (part > 255 || (digits.length() > 1 && digits.charAt(0) == '0')) {
                    return Optional.empty();
                }
                bytes[i] = (byte) part;
            }
            return Optional.of(byAddress(bytes));
        }
        if (text.contains(":")) {
            try {
                // The brackets make the JDK treat the text as an IPv6 literal or fail: never a lookup.
                return Optional.of(InetAddress.getByName("[" + text + "]"));
            } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** What kind of refused address this is, or empty when it is a public address. */
    static Optional<String> refusedKind(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? ipv4Kind(bytes) : ipv6Kind(bytes);
    }

    private static Optional<String> ipv4Kind(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of(
                    allEqual(b, 0, 4, 0) ? "an unspecified address" : "a \"this network\" address (0.0.0.0/8)");
        }
        if (first == 127) {
            return Optional.of("a loopback address");
        }
        if (first == 10 || (first == 172 && (second & 0xf0) == 16) || (first == 192 && second == 168)) {
            return Optional.of("a private address");
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return Optional.of("a carrier-grade NAT address");
        }
        if (first == 169 && second == 254) {
            return Optional.of("a link-local address");
        }
        if ((first & 0xf0) == 224) {
            return Optional.of("a multicast address");
        }
        if (allEqual(b, 0, 4, 0xff)) {
            return Optional.of("the broadcast address");
        }
        if ((first & 0xf0) == 240) {
            return Optional.of("a reserved address");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Kind(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (allEqual(b, 0, 16, 0)) {
            return Optional.of("an unspecified address");
        }
        if (allEqual(b, 0, 15, 0) && b[15] == 1) {
            return Optional.of("a loopback address");
        }
        if (first == 0xff) {
            return Optional.of("a multicast address");
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Optional.of("a link-local address");
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return Optional.of("a site-local address");
        }
        if ((first & 0xfe) == 0xfc) {
            return Optional.of("a unique-local address");
        }
        if (allEqual(b, 0, 10, 0) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return embedded(b, 12, "an IPv4-mapped form of ");
        }
        if (allEqual(b, 0, 12, 0)) {
            return embedded(b, 12, "an IPv4-compatible form of ");
        }
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allEqual(b, 4, 12, 0)) {
            return embedded(b, 12, "a NAT64 form of ");
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return embedded(b, 2, "a 6to4 form of ");
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(byte[] b, int from, String form) {
        byte[] ipv4 = Arrays.copyOfRange(b, from, from + 4);
        return ipv4Kind(ipv4).map(kind -> form + kind + " (" + byAddress(ipv4).getHostAddress() + ")");
    }

    private static boolean allEqual(byte[] b, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if ((b[i] & 0xff) != value) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("An address of " + bytes.length + " bytes", impossible);
        }
    }

    /** The address as a person writes it: dotted IPv4, or IPv6 compressed as RFC 5952 says. */
    static String text(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int longestStart = -1;
        int longestLength = 1;
        for (int i = 0; i < 8; ) {
            int end = i;
            while (end < 8 && groups[end] == 0) {
                end++;
            }
            if (end - i > longestLength) {
                longestStart = i;
                longestLength = end - i;
            }
            i = Math.max(end, i + 1);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == longestStart) {
                text.append("::");
                i += longestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    /** An allow-listed address block. */
    private record Block(byte[] network, int bits) {

        static Block of(InetAddress address) {
            byte[] bytes = address.getAddress();
            return new Block(bytes, bytes.length * 8);
        }

        static Block parse(String cidr) {
            int slash = cidr.indexOf('/');
            Optional<InetAddress> network = literal(hostOf(cidr.substring(0, slash)));
            String bits = cidr.substring(slash + 1);
            if (network.isEmpty() || !bits.matches("\\d{1,3}")) {
                throw new IllegalArgumentException("The webhook allow-list entry \"" + cidr
                        + "\" is not an address block such as 10.0.0.0/8 or fd00::/8.");
            }
            byte[] bytes = network.get().getAddress();
            int prefix = Integer.parseInt(bits);
            if (prefix > bytes.length * 8) {
                throw new IllegalArgumentException("The webhook allow-list entry \"" + cidr
                        + "\" has a prefix longer than " + bytes.length * 8 + " bits.");
            }
            return new Block(bytes, prefix);
        }

        boolean covers(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
