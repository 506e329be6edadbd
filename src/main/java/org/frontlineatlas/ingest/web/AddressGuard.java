package org.frontlineatlas.ingest.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which addresses the app may fetch from: http and https only, and (unless allowed) no host that
 * resolves to loopback, private, link-local (169.254.169.254, the cloud metadata service),
 * multicast or otherwise reserved space. Every address of the host is checked, so one public and
 * one private record do not slip through.
 */
final class AddressGuard {

    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** @throws FetchException with a one-line reason when the address must not be fetched */
    void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https addresses can be fetched: " + shown(uri));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException("the address has no host: " + shown(uri));
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException("the host " + host + " is not known");
        }
        for (InetAddress a : addresses) {
            if (isInternal(a)) {
                throw new FetchException(
                        "refused: " + host + " is a private or local address (" + a.getHostAddress() + ")");
            }
        }
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isAnyLocalAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true; // 127/8, ::1, 0.0.0.0, ::, 169.254/16, fe80::/10, 10/8, 172.16/12, 192.168/16, fec0::/10
        }
        byte[] b = a.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (a instanceof Inet6Address) {
            if ((first & 0xfe) == 0xfc) {
                return true; // fc00::/7, unique local
            }
            boolean mappedOrCompatible = true;
            for (int i = 0; i < 10; i++) {
                mappedOrCompatible &= b[i] == 0;
            }
            if (mappedOrCompatible) { // ::a.b.c.d and ::ffff:a.b.c.d carry an IPv4 address
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
            return false;
        }
        return first == 0 // "this network"
                || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // benchmarking
                || first >= 240; // reserved, broadcast
    }

    static String shown(URI uri) {
        String s = uri.toString();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
