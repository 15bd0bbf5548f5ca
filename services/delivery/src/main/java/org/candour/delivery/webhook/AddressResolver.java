package org.candour.delivery.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a host name to all its addresses: the system resolver in production, a map in tests. */
@FunctionalInterface
public interface AddressResolver {

    /**
     * Every address the host has.
     *
     * @throws UnknownHostException when it has none
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system resolver, {@link InetAddress#getAllByName(String)}. */
    static AddressResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
