package org.candour.classification.analysis;

import java.util.List;
import java.util.Objects;
import org.candour.events.Destination;
import org.candour.events.ProfessionalRole;
import org.jspecify.annotations.Nullable;

/**
 * A professional the concern involves.
 *
 * @param role their role
 * @param regulator the regulator the role is registered with; null for unregistered roles
 * @param confidence from 0 to 1
 * @param evidence the job title or abbreviation quoted, or the form answer
 */
public record ProfessionalFinding(
        ProfessionalRole role, @Nullable Destination regulator, double confidence, List<String> evidence) {

    public ProfessionalFinding {
        Objects.requireNonNull(role, "role");
        if (regulator != role.regulator().orElse(null)) {
            throw new IllegalArgumentException(role + " is registered with " + role.regulator() + ", not " + regulator);
        }
        evidence = List.copyOf(evidence);
    }

    static ProfessionalFinding of(ProfessionalRole role, double confidence, List<String> evidence) {
        return new ProfessionalFinding(role, role.regulator().orElse(null), confidence, evidence);
    }
}
