package org.candour.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.CategoryTag;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernClassifiedV2.DomainTag;
import org.candour.events.ConcernClassifiedV2.HarmGrade;
import org.candour.events.ConcernClassifiedV2.Review;
import org.candour.events.ConcernClassifiedV2.SignalTag;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.ConcernSignal;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.IncidentCategory;
import org.candour.events.Occurred;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.events.RaisedBefore;
import org.candour.events.RaisedRoute;

/** Classifications for routing's tests: a missed insulin dose with moderate harm, varied as each test needs. */
public final class ClassifiedConcerns {

    private static final AtomicLong references = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

    /** A failure between organisations: what brings a trust's concern to its system's quality group. */
    public static final SignalTag CROSS_PROVIDER = new SignalTag(
            ConcernSignal.CROSS_PROVIDER,
            0.8,
            List.of("\"discharged to the care home\" suggests a failure between organisations"));

    private ClassifiedConcerns() {}

    /** A concern reference no other test has used. */
    public static String nextReference() {
        return "QC-2026-%08d".formatted(references.incrementAndGet());
    }

    /** The raising of a classified concern, as intake announces it: routing routes only raised concerns. */
    public static ConcernRaisedV1 raised(ConcernClassifiedV2 concern) {
        return new ConcernRaisedV1(
                concern.concernId(),
                concern.reference(),
                concern.classifiedAt(),
                concern.provider(),
                null,
                Occurred.unknown(),
                "The evening insulin was missed.",
                List.of(),
                HarmLevel.UNKNOWN,
                false,
                List.of(),
                RaisedBefore.notRaised(),
                IdentityChoice.ANONYMOUS);
    }

    public static Provider trust(String odsCode) {
        return new Provider(ProviderKind.NHS_TRUST, odsCode, "Trust " + odsCode, null);
    }

    public static ConcernClassifiedV2 classified(Provider provider) {
        return classified(provider, List.of());
    }

    public static ConcernClassifiedV2 classified(Provider provider, List<String> triageReasons) {
        return classified(provider, List.of(CROSS_PROVIDER), triageReasons, List.of());
    }

    public static ConcernClassifiedV2 classified(
            Provider provider, List<SignalTag> signals, List<String> triageReasons, List<RaisedRoute> raisedBefore) {
        return classified(provider, HarmLevel.MODERATE, signals, triageReasons, raisedBefore);
    }

    public static ConcernClassifiedV2 classified(
            Provider provider,
            HarmLevel harm,
            List<SignalTag> signals,
            List<String> triageReasons,
            List<RaisedRoute> raisedBefore) {
        return new ConcernClassifiedV2(
                UUID.randomUUID(),
                nextReference(),
                provider,
                1,
                Instant.now(),
                "taxonomy-test",
                null,
                QualityDomain.SAFE,
                List.of(new DomainTag(QualityDomain.SAFE, 0.8, List.of("\"insulin\" suggests SAFE (medication)"))),
                new HarmGrade(harm, 0.7, List.of("\"extra treatment\" suggests " + harm)),
                new CategoryTag(IncidentCategory.MEDICATION, 0.8, List.of("\"insulin\" suggests MEDICATION")),
                List.of(),
                new ComplaintTag(ComplaintStatus.NONE, null, false, List.of()),
                signals,
                false,
                !triageReasons.isEmpty(),
                triageReasons,
                raisedBefore,
                List.of());
    }

    /** A reviewer's correction of the classification: the given revision, about the given provider, confirmed. */
    public static ConcernClassifiedV2 corrected(
            ConcernClassifiedV2 earlier, int revision, Provider provider, String reason) {
        return new ConcernClassifiedV2(
                earlier.concernId(),
                earlier.reference(),
                provider,
                revision,
                earlier.classifiedAt().plusSeconds(60L * revision),
                earlier.taxonomyVersion(),
                new Review("quality.lead@mft.example", reason),
                earlier.primaryDomain(),
                earlier.domains(),
                earlier.harm(),
                earlier.incidentCategory(),
                earlier.professionals(),
                earlier.complaint(),
                earlier.signals(),
                earlier.urgent(),
                false,
                List.of(),
                earlier.raisedBefore(),
                List.of());
    }
}
