package org.candour.organisations;

import java.util.List;

/**
 * An NHS trust and the ICBs it serves; ambulance and mental-health trusts often serve several.
 *
 * @param code ODS code, e.g. {@code R0A}
 * @param name full name
 * @param icbCodes ODS codes of the ICBs the trust serves, at least one
 */
public record Trust(String code, String name, List<String> icbCodes) {
    public Trust {
        icbCodes = List.copyOf(icbCodes);
        if (icbCodes.isEmpty()) {
            throw new IllegalArgumentException("Trust " + code + " serves no ICB");
        }
    }
}
