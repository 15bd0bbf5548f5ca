package org.candour.classification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.candour.events.AffectedPerson;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.Occurred;
import org.candour.events.Professional;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.RaisedBefore;

/**
 * Concerns as intake publishes them, for the tests. Unless a test says otherwise: about an NHS trust,
 * affecting a patient, harm not given, no immediate danger, no professionals named, not raised before,
 * confidential, and a reference no other test uses.
 */
public final class RaisedConcerns {

    public static final Provider MANCHESTER =
            new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null);

    private static final AtomicLong REFERENCES = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private RaisedConcerns() {}

    public static ConcernRaisedV1 about(String description) {
        return describing(description).build();
    }

    public static Builder describing(String description) {
        return new Builder(description);
    }

    /** The answers a test changes; everything else keeps the defaults above. */
    public static final class Builder {

        private final String description;
        private Provider provider = MANCHESTER;
        private HarmLevel reportedHarm = HarmLevel.UNKNOWN;
        private boolean immediateDanger;
        private List<Professional> professionals = List.of();
        private RaisedBefore raisedBefore = RaisedBefore.notRaised();
        private IdentityChoice identity = IdentityChoice.CONFIDENTIAL;

        private Builder(String description) {
            this.description = description;
        }

        public Builder provider(Provider provider) {
            this.provider = provider;
            return this;
        }

        public Builder reportedHarm(HarmLevel reportedHarm) {
            this.reportedHarm = reportedHarm;
            return this;
        }

        public Builder immediateDanger() {
            this.immediateDanger = true;
            return this;
        }

        public Builder professionals(Professional... professionals) {
            this.professionals = List.of(professionals);
            return this;
        }

        public Builder raisedBefore(RaisedBefore raisedBefore) {
            this.raisedBefore = raisedBefore;
            return this;
        }

        public Builder identity(IdentityChoice identity) {
            this.identity = identity;
            return this;
        }

        public ConcernRaisedV1 build() {
            return new ConcernRaisedV1(
                    UUID.randomUUID(),
                    "QC-2026-" + REFERENCES.incrementAndGet(),
                    Instant.now(),
                    provider,
                    null,
                    Occurred.unknown(),
                    description,
                    List.of(AffectedPerson.PATIENT),
                    reportedHarm,
                    immediateDanger,
                    professionals,
                    raisedBefore,
                    identity);
        }
    }
}
