package org.candour.intake.concern;

/** A code names no trust or ICB in the organisation directory. */
public class UnknownOrganisationException extends RuntimeException {

    private final String field;

    private UnknownOrganisationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public static UnknownOrganisationException trust(String odsCode) {
        return new UnknownOrganisationException(
                "provider.odsCode",
                "No NHS trust has the ODS code '" + odsCode
                        + "'. Check the code (for example R0A), or choose the trust by name.");
    }

    public static UnknownOrganisationException icb(String icbCode) {
        return new UnknownOrganisationException(
                "provider.icbCode",
                "No integrated care board has the code '" + icbCode
                        + "'. Choose the ICB from the list, for example QOP for Greater Manchester.");
    }

    /** The field of the request that holds the unknown code. */
    public String field() {
        return field;
    }
}
