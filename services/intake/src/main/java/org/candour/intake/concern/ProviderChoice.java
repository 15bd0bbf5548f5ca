package org.candour.intake.concern;

import org.candour.events.ProviderKind;
import org.jspecify.annotations.Nullable;

/**
 * Where the reporter said it happened, before it is checked against the organisation directory.
 *
 * @param kind the kind of provider
 * @param odsCode the ODS code: required for an NHS trust, optional for the others
 * @param name the provider's name: required unless it is an NHS trust, whose name the directory gives
 * @param icbCode the ICB the provider is in: required unless it is an NHS trust; for an NHS trust, the ICB
 *     whose area the care was in when the reporter knows it, which must be one the trust serves
 */
public record ProviderChoice(
        ProviderKind kind,
        @Nullable String odsCode,
        @Nullable String name,
        @Nullable String icbCode) {

    /** An NHS trust chosen from the directory. */
    public static ProviderChoice trust(String odsCode) {
        return new ProviderChoice(ProviderKind.NHS_TRUST, odsCode, null, null);
    }
}
