package org.candour.events;

import org.jspecify.annotations.Nullable;

/**
 * Where the care happened.
 *
 * @param kind what kind of provider it is
 * @param odsCode the provider's ODS code: always for an NHS trust, when known for the others
 * @param name the provider's name as the directory or the reporter gave it
 * @param icbCode the ICB the reporter said the provider is in; for an NHS trust, whose ICBs come from
 *     the organisation directory, the one of them whose area the care was in, or none when not given
 */
public record Provider(
        ProviderKind kind,
        @Nullable String odsCode,
        String name,
        @Nullable String icbCode) {

    public Provider {
        Require.present(kind, "provider.kind");
        Require.text(name, "provider.name");
        if (kind == ProviderKind.NHS_TRUST && odsCode == null) {
            throw new IllegalArgumentException("provider.odsCode is required for an NHS trust");
        }
        if (kind != ProviderKind.NHS_TRUST && icbCode == null) {
            throw new IllegalArgumentException("provider.icbCode is required for a provider that is not an NHS trust");
        }
    }
}
