package org.faultline.ingest.source;

import org.faultline.ingest.InputException;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses URLs whose host resolves to an address that is not on the public internet (loopback,
 * private, link-local such as the cloud metadata address 169.254.169.254, multicast, unspecified,
 * carrier-grade NAT, reserved, and their IPv6 equivalents, IPv4 embedded in IPv6 included), so a
 * caller of the API cannot make the server fetch from its own network (SSRF). Checked on the
 * addresses DNS gives, after numeric forms such as {@code 2130706433} are read as the address
 * they denote, and by {@link HttpFetcher} again on every redirect.
 * <p>
 * The JDK's {@link InetAddress} classifiers cover most ranges; the rest (fc00::/7, 100.64/10,
 * 0/8, 198.18/15, 240/4, embedded IPv4) are spelled out below, since no maintained small library
 * on Maven Central does only this. Residual risk: the HTTP client resolves the name again, so a
 * DNS server answering differently within milliseconds (rebinding) is not caught.
 */
public final class AddressGuard {

    private final boolean allowPrivate;
    private final java.util.Set<String> exempt;

    /** @param allowPrivate true to let any address through (the operator's {@code --allow-private-urls}) */
    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, java.util.Set.of());
    }

    private AddressGuard(boolean allowPrivate, java.util.Set<String> exempt) {
        this.allowPrivate = allowPrivate;
        this.exempt = java.util.Set.copyOf(exempt);
    }

    /**
     * A copy that also lets one exact {@code host:port} through (e.g. a known internal mirror, or a
     * test's own server) while every other private address stays refused.
     */
    public AddressGuard exempting(String hostAndPort) {
        java.util.Set<String> more = new java.util.HashSet<>(exempt);
        more.add(hostAndPort.toLowerCase(Locale.ROOT));
        return new AddressGuard(allowPrivate, more);
    }

    public boolean allowsPrivate() {
        return allowPrivate;
    }

    /** Throws when the URL's host is missing, unresolvable or (unless allowed) not public. */
    public void check(URI uri) throws InputException {
        String host = uri.getHost();
        if (host == null || host.isBlank()) throw new InputException("the URL has no host name");
        if (allowPrivate) return;
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        if (exempt.contains(host.toLowerCase(Locale.ROOT) + ":" + port)) return;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new InputException("cannot fetch: the host name " + host + " was not found");
        } catch (SecurityException | IllegalArgumentException e) {
            throw new InputException("cannot fetch: the host name " + host + " is not valid");
        }
        for (InetAddress a : addresses) {
            Optional<String> why = nonPublic(a);
            if (why.isPresent())
                throw new InputException("refused: " + host + " resolves to " + a.getHostAddress() + ", " + why.get()
                        + " (the operator may allow it with --allow-private-urls)");
        }
    }

    /** Why this address is not on the public internet, or empty when it is. */
    public static Optional<String> nonPublic(InetAddress a) {
        if (a.isLoopbackAddress()) return Optional.of("a loopback address");
        if (a.isAnyLocalAddress()) return Optional.of("the unspecified address");
        if (a.isLinkLocalAddress()) return Optional.of("a link-local address");
        if (a.isSiteLocalAddress()) return Optional.of("a private address");
        if (a.isMulticastAddress()) return Optional.of("a multicast address");
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) return ipv4(b);
        if (a instanceof Inet6Address) return ipv6(b);
        return Optional.of("an address of an unknown kind");
    }

    private static Optional<String> ipv4(byte[] b) {
        int o0 = b[0] & 0xff, o1 = b[1] & 0xff;
        if (o0 == 0) return Optional.of("in 0.0.0.0/8 (this network)");
        if (o0 == 100 && (o1 & 0xc0) == 64) return Optional.of("a carrier-grade NAT address");
        if (o0 == 198 && (o1 & 0xfe) == 18) return Optional.of("a benchmarking address");
        if (o0 == 192 && o1 == 0 && (b[2] & 0xff) == 0) return Optional.of("an IETF protocol address");
        if (o0 >= 240) return Optional.of("a reserved or broadcast address");
        return Optional.empty();
    }

    private static Optional<String> ipv6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) return Optional.of("a unique-local (private) IPv6 address");
        // IPv4 embedded in IPv6: compatible (::a.b.c.d), mapped (::ffff:a.b.c.d, which the JDK
        // usually turns into an Inet4Address already), NAT64 (64:ff9b::/96) and 6to4 (2002::/16)
        boolean zero10 = true;
        for (int i = 0; i < 10; i++) zero10 &= b[i] == 0;
        if (zero10 && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff)))
            return embedded(b, 12);
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b)
            return embedded(b, 12);
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) return embedded(b, 2);
        return Optional.empty();
    }

    private static Optional<String> embedded(byte[] b, int at) {
        try {
            InetAddress v4 = InetAddress.getByAddress(new byte[]{b[at], b[at + 1], b[at + 2], b[at + 3]});
            return nonPublic(v4).map(why -> why + " embedded in IPv6");
        } catch (UnknownHostException e) {
            return Optional.of("an address that cannot be read");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AddressGuard[allowPrivate=%s]", allowPrivate);
    }
}
