package org.candour.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.candour.events.AffectedPerson;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.Occurred;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.RaisedBefore;

/** A concern raised, for tests of the messaging conventions and the tools around them: each with a new id and a reference no other run has used. */
public final class SampleConcerns {

    private static final AtomicLong REFERENCES = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private SampleConcerns() {}

    public static ConcernRaisedV1 raised() {
        return new ConcernRaisedV1(
                UUID.randomUUID(),
                "QC-2026-" + REFERENCES.incrementAndGet(),
                Instant.now(),
                new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null),
                null,
                new Occurred(LocalDate.of(2026, 11, 20), null),
                "A test concern",
                List.of(AffectedPerson.PATIENT),
                HarmLevel.UNKNOWN,
                false,
                List.of(),
                RaisedBefore.notRaised(),
                IdentityChoice.ANONYMOUS);
    }
}
