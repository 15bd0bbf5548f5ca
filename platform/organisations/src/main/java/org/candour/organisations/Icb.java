package org.candour.organisations;

/**
 * An Integrated Care Board, whose System Quality Group oversees quality across its providers.
 *
 * @param code ODS code, e.g. {@code QOP}
 * @param onsCode ONS (GSS) code
 * @param name full name
 * @param regionCode NHS England region code
 * @param regionName NHS England region name
 */
public record Icb(String code, String onsCode, String name, String regionCode, String regionName) {

    /** The name people use: without "NHS" and "Integrated Care Board", e.g. {@code Greater Manchester}. */
    public String shortName() {
        return name.replaceFirst("^NHS ", "").replaceFirst(" Integrated Care Board$", "");
    }
}
