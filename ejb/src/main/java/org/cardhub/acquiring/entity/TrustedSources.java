package org.cardhub.acquiring.entity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses the acquirer sends its notifications from (YooKassa signs nothing and publishes its addresses
 * instead): single addresses or CIDR ranges, IPv4 or IPv6, e.g. {@code 127.0.0.1,::1} or {@code 185.71.76.0/27}. Only
 * literal addresses are ever parsed, so no check costs a name lookup.
 */
public final class TrustedSources {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> ranges;

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private TrustedSources(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses a comma-separated list; refuses an entry that is not an address or a range (a setting's typo must not open the door). */
    public static TrustedSources parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : (list == null ? "" : list).split(",")) {
            String text = entry.strip();
            if (text.isEmpty()) {
                continue;
            }
            int slash = text.indexOf('/');
            byte[] network = literal(slash < 0 ? text : text.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("Not an address or range: " + text));
            int prefix = slash < 0 ? network.length * 8 : prefixOf(text.substring(slash + 1), network.length * 8, text);
            ranges.add(new Range(network, prefix));
        }
        return new TrustedSources(ranges);
    }

    /** Whether a request from {@code address} (the servlet's remote address) may be a notification of the acquirer. */
    public boolean trusts(String address) {
        return literal(address).map(bytes -> ranges.stream().anyMatch(range -> range.contains(bytes))).orElse(false);
    }

    private static int prefixOf(String text, int bits, String entry) {
        try {
            int prefix = Integer.parseInt(text);
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Not a range: " + entry);
            }
            return prefix;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a range: " + entry, e);
        }
    }

    private static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.strip();
        if (plain.startsWith("[") && plain.endsWith("]")) {
            plain = plain.substring(1, plain.length() - 1);
        }
        int zone = plain.indexOf('%');
        if (zone >= 0) {
            plain = plain.substring(0, zone);
        }
        if (!LITERAL.matcher(plain).matches() || (plain.indexOf(':') < 0 && !plain.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return Optional.empty();
        }
        try {
            // a literal (checked above) is parsed, never looked up; IPv4-mapped IPv6 comes back as IPv4
            return Optional.of(InetAddress.getByName(plain).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
