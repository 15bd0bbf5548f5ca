package org.candour.events;

import org.jspecify.annotations.Nullable;

/**
 * A professional the concern involves.
 *
 * @param role their role, which says whether and with whom they are registered
 * @param name their name, when the reporter chose to give it
 */
public record Professional(ProfessionalRole role, @Nullable String name) {

    public Professional {
        Require.present(role, "professionals.role");
    }
}
