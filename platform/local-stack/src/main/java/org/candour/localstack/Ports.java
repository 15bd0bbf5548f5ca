package org.candour.localstack;

import java.util.List;
import org.candour.embedded.FreePorts;

/** Checks up front that the fixed ports are free, because a service that cannot bind fails far less clearly. */
final class Ports {

    /** A port the stack needs, what it is for, and the system property that moves it. */
    record Claim(int port, String purpose, String property) {}

    private Ports() {}

    static void requireFree(List<Claim> claims) {
        for (Claim claim : claims) {
            if (!FreePorts.isFree(claim.port())) {
                throw new StartupFailure("Port " + claim.port() + " (" + claim.purpose()
                        + ") is in use by another program. Stop that program, or move " + claim.purpose()
                        + " with -D" + claim.property() + "=<port>.");
            }
        }
    }
}
