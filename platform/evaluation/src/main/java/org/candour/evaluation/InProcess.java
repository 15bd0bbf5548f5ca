package org.candour.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.candour.classification.analysis.Answers;
import org.candour.classification.analysis.Classifier;
import org.candour.classification.analysis.Findings;
import org.candour.classification.analysis.taxonomyfile.TaxonomyLoader;
import org.candour.classification.tagging.Classification;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.Destination;
import org.candour.organisations.OrganisationDirectory;
import org.candour.routing.policy.ClassifiedConcern;
import org.candour.routing.policy.Route;
import org.candour.routing.policy.RoutingDecision;
import org.candour.routing.policy.RoutingPolicy;
import org.candour.routing.policy.policyfile.RoutingPolicyFile;
import org.springframework.core.io.ClassPathResource;

/**
 * The classifier and then the routing policy, exactly as the services do but without Spring: the
 * taxonomy and the policy the service jars ship, from the classpath, with the bundled organisation
 * directory.
 */
public final class InProcess {

    private final Classifier classifier = TaxonomyLoader.classifier(new ClassPathResource("taxonomy/taxonomy.json"));
    private final RoutingPolicy policy =
            RoutingPolicyFile.read(new ByteArrayInputStream(shippedPolicy().getBytes(StandardCharsets.UTF_8)));
    private final OrganisationDirectory directory = OrganisationDirectory.bundled();

    /**
     * What the classifier finds in a concern and where the routing policy sends it.
     *
     * @param decision the routing policy's decision on the findings
     */
    public record Prediction(Findings findings, RoutingDecision decision) {

        /** The destinations of the routes opened now: all of them, or only the board's while triage holds the rest. */
        public Set<Destination> destinations() {
            return destinations(decision);
        }

        static Set<Destination> destinations(RoutingDecision decision) {
            return decision.routes().stream()
                    .map(Route::destination)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Destination.class)));
        }
    }

    /** The prediction as if the concern were classified at the evaluation's fixed instant, so figures repeat. */
    public Prediction predict(ConcernRaisedV1 concern) {
        return predict(concern, Corpus.EVALUATED_AT);
    }

    /**
     * The prediction as if the concern were classified at {@code classifiedAt}: time limits such as the
     * Ombudsman's 12 months from a final response are measured to it, so a comparison with the running
     * services must predict at the instant they classified the concern.
     */
    public Prediction predict(ConcernRaisedV1 concern, Instant classifiedAt) {
        return predict(concern, classifier, policy, classifiedAt);
    }

    /**
     * The prediction at the evaluation's fixed instant with another classifier, such as one whose readers did
     * not learn from the concern ({@link OutOfFold}), and the shipped routing policy.
     */
    public Prediction predict(ConcernRaisedV1 concern, Classifier classifier) {
        return predict(concern, classifier, policy, Corpus.EVALUATED_AT);
    }

    /** As {@link #predict(ConcernRaisedV1, Classifier)}, routed by another policy, such as one learnt out of fold. */
    public Prediction predict(ConcernRaisedV1 concern, Classifier classifier, RoutingPolicy policy) {
        return predict(concern, classifier, policy, Corpus.EVALUATED_AT);
    }

    private Prediction predict(
            ConcernRaisedV1 concern, Classifier classifier, RoutingPolicy policy, Instant classifiedAt) {
        Findings findings = classifier.classify(concern.description(), Answers.of(concern));
        if (Classifier.failedOnTheWords(findings)) {
            // The service sends such a concern to triage; figures that counted it so would hide the defect.
            throw new IllegalStateException("The classifier failed on the words of concern " + concern.reference()
                    + " (its log has the failure): mend the classifier before reading the figures");
        }
        return new Prediction(findings, policy.decide(classified(concern, findings, classifiedAt), directory));
    }

    /** What routing knows of the concern once classified at the evaluation's fixed instant. */
    public ClassifiedConcern classified(ConcernRaisedV1 concern) {
        return classified(concern, classifier);
    }

    /**
     * What routing knows of the concern once another classifier, such as one whose readers did not learn from
     * it, classifies it at the evaluation's fixed instant.
     */
    static ClassifiedConcern classified(ConcernRaisedV1 concern, Classifier classifier) {
        return classified(
                concern, classifier.classify(concern.description(), Answers.of(concern)), Corpus.EVALUATED_AT);
    }

    private static ClassifiedConcern classified(ConcernRaisedV1 concern, Findings findings, Instant classifiedAt) {
        return ClassifiedConcern.of(Classification.classifierRevision(concern, findings, classifiedAt));
    }

    /** The routing policy document the routing service's jar ships, as written. */
    public static String shippedPolicy() {
        try (InputStream in = InProcess.class.getResourceAsStream("/policy/routing-policy.json")) {
            if (in == null) {
                throw new IllegalStateException("No routing policy on the classpath at /policy/routing-policy.json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The routing policy's decision on a classification made some other way, such as from the labels. */
    public RoutingDecision decide(ClassifiedConcern concern) {
        return policy.decide(concern, directory);
    }

    /** The taxonomy version, as classification's timeline entries name it. */
    public String taxonomyVersion() {
        return classifier.taxonomyVersion();
    }

    /** The routing policy version, as routing's timeline entries name it. */
    public String policyVersion() {
        return policy.version();
    }
}
