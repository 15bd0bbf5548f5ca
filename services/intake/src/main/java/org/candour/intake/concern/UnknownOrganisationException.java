package org.candour.intake.concern;

import java.util.List;
import java.util.stream.Collectors;
import org.candour.organisations.Icb;
import org.candour.organisations.Trust;

/**
 * A code names no trust or ICB in the organisation directory, or an ICB that the trust the concern is
 * about does not serve.
 */
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

    /** The place of care given for a trust is not the area of any ICB the directory says it serves. */
    public static UnknownOrganisationException icbNotServed(Trust trust, List<Icb> served, String icbCode) {
        String choices = served.stream()
                .map(icb -> icb.code() + " (" + icb.shortName() + ")")
                .collect(Collectors.joining(", "));
        return new UnknownOrganisationException(
                "provider.icbCode",
                trust.name() + " (" + trust.code() + ") serves " + (served.size() == 1 ? "the ICB " : "the ICBs ")
                        + choices + ", not '" + icbCode + "'. Give the one whose area the care was in, or none if"
                        + " you are not sure.");
    }

    /** The field of the request that holds the unknown code. */
    public String field() {
        return field;
    }
}
