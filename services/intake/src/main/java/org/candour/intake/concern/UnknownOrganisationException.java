package org.candour.intake.concern;

/** The organisation code names no provider in the directory. */
public class UnknownOrganisationException extends RuntimeException {

    private final String organisationCode;

    UnknownOrganisationException(String organisationCode) {
        super("No NHS trust has the ODS code '" + organisationCode
                + "'. Check the code (for example R0A), or choose the trust by name.");
        this.organisationCode = organisationCode;
    }

    public String organisationCode() {
        return organisationCode;
    }
}
