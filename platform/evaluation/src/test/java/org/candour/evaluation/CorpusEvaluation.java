package org.candour.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.candour.classification.analysis.Finding;
import org.candour.classification.analysis.Findings;
import org.candour.classification.analysis.FitnessToPractise;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2.ComplaintTag;
import org.candour.events.ConcernClassifiedV2.ProfessionalTag;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.ConcernSignal;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;
import org.candour.routing.policy.ClassifiedConcern;
import org.candour.routing.policy.RoutingDecision;
import org.candour.routing.policy.RoutingPolicy;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation command: runs the classifier and then the routing policy, exactly as the services
 * do but without Spring, over the labelled corpus ({@code services/classification/corpus/}), and
 * prints per-label precision, recall and F1 for the domains and the destination signals, harm
 * accuracy, the exact-match rate of the destination set, and the worst mistakes with their
 * evidence, for the development and the held-out part. Not part of the build: run it with
 * {@code ./candour evaluate}.
 */
class CorpusEvaluation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path CORPUS = Path.of("../../services/classification/corpus");
    /** The corpus's flag labels and the signals they name. */
    private static final Map<String, ConcernSignal> SIGNAL_LABELS = new LinkedHashMap<>();

    static {
        SIGNAL_LABELS.put("crossProvider", ConcernSignal.CROSS_PROVIDER);
        SIGNAL_LABELS.put("recurring", ConcernSignal.RECURRING);
        SIGNAL_LABELS.put("systemWide", ConcernSignal.SYSTEM_WIDE);
        SIGNAL_LABELS.put("deviceOrIt", ConcernSignal.DEVICE_OR_IT);
        SIGNAL_LABELS.put("safeguarding", ConcernSignal.SAFEGUARDING);
        SIGNAL_LABELS.put("immediateDanger", ConcernSignal.IMMEDIATE_DANGER);
        SIGNAL_LABELS.put("closedCulture", ConcernSignal.CLOSED_CULTURE);
        SIGNAL_LABELS.put("concealment", ConcernSignal.CONCEALMENT);
        SIGNAL_LABELS.put("fearOfDetriment", ConcernSignal.FEAR_OF_DETRIMENT);
    }

    private static final int WORST = Integer.getInteger("candour.evaluation.worst", 12);
    /**
     * Whether the development split is read out of fold ({@link OutOfFold}), the default: each concern by
     * readers trained on the other four fifths, and routed by the shipped policy with its weighed points learnt
     * there too, so its figures say how classification and routing do on wording they have not learnt. {@code
     * false} reads it with the shipped readers and points, which learnt it and all but recite its labels.
     */
    private static final boolean OUT_OF_FOLD =
            Boolean.parseBoolean(System.getProperty("candour.evaluation.out-of-fold", "true"));
    /**
     * Out of fold, the share of the other four fifths each reader and each policy's points learn from (1, all,
     * unless told): figures at smaller shares say how far more labelled concerns can be expected to help.
     */
    private static final double LEARN_FROM =
            Double.parseDouble(System.getProperty("candour.evaluation.out-of-fold.share", "1"));
    /** The split the shipped readers learnt from. */
    private static final String TRAINED_ON = "dev";
    /**
     * A domain ({@code EFFECTIVE}), a flag label ({@code safeguarding}) or {@code regulator}: when given, the
     * concerns where the classifier and the labels disagree on it are listed too, with the evidence, so a
     * tuner can see a signal's own mistakes (which the worst-mistakes list shows only when they change a route).
     */
    private static final String LABEL = System.getProperty("candour.evaluation.label", "");
    /**
     * A file of a second person's labels for some of the corpus's concerns ({@code {"id", "labels"}} a
     * line, e.g. {@code second-labels.jsonl}): when given, how far the two people agree is printed for
     * each split's concerns that it labels, as the ceiling a classifier can be expected to reach.
     */
    private static final String SECOND = System.getProperty("candour.evaluation.second", "");
    /**
     * Intake's address on a running stack ({@code http://127.0.0.1:8080}): when given, each split's concerns
     * are raised there through the public API and routing's decisions read from its timeline, and the
     * destination figures of the running services are printed beside the in-process ones for the same
     * concerns, with every concern where the two differ (ids and destination sets only, never texts).
     */
    private static final String LIVE = System.getProperty("candour.evaluation.live", "");
    /** Routing's address on the running stack, for the timelines. */
    private static final String LIVE_ROUTING =
            System.getProperty("candour.evaluation.live.routing", "http://127.0.0.1:8082");
    /** At most this many concerns a minute: intake takes 60 from one client unless started with more. */
    private static final int LIVE_PER_MINUTE = Integer.getInteger("candour.evaluation.live.per-minute", 60);
    /** How long after its raising a concern may take to show routed or in triage before it counts as lost. */
    private static final int LIVE_TIMEOUT_SECONDS = Integer.getInteger("candour.evaluation.live.timeout", 120);
    /** How many concerns are raised before their decisions are collected. */
    private static final int LIVE_BATCH = Integer.getInteger("candour.evaluation.live.batch", 60);
    /** Only the first this many concerns of each split (0: all), for a shorter run through the services. */
    private static final int LIVE_FIRST = Integer.getInteger("candour.evaluation.live.first", 0);

    /** Which parts to run: tuning runs only {@code dev}, so the held-out texts are never printed to the tuner. */
    private static final List<String> SPLITS = List.of(
            System.getProperty("candour.evaluation.splits", "dev,heldout").split(","));

    private final InProcess inProcess = new InProcess();

    @Test
    void printsHowWellTheClassifierAgreesWithTheLabels() throws IOException, InterruptedException {
        if (!LIVE.isEmpty()) {
            for (String split : SPLITS) {
                List<JsonNode> items = Corpus.read(CORPUS.resolve(split + ".jsonl"));
                String report =
                        live(split, LIVE_FIRST > 0 ? items.subList(0, Math.min(LIVE_FIRST, items.size())) : items);
                System.out.println(report);
                assertThat(report).isNotEmpty();
            }
            return;
        }
        StringBuilder report = new StringBuilder();
        Map<String, JsonNode> second = SECOND.isEmpty() ? Map.of() : secondLabels(CORPUS.resolve(SECOND));
        for (String split : SPLITS) {
            boolean outOfFold = OUT_OF_FOLD && split.equals(TRAINED_ON);
            List<Item> items = read(CORPUS.resolve(split + ".jsonl"), outOfFold);
            report.append(evaluate(
                    outOfFold
                            ? split
                                    + " (out of fold: each fifth read, and its weighed routes' points learnt, without it"
                                    + (LEARN_FROM < 1
                                            ? String.format(Locale.ROOT, ", from %.2f of the others", LEARN_FROM)
                                            : "")
                                    + ")"
                            : split,
                    items));
            if (!second.isEmpty()) {
                report.append(agreement(split, items, second));
            }
        }
        System.out.println(report);
        assertThat(report).isNotEmpty();
    }

    /**
     * One labelled concern, what the classifier made of it and where the routing policy sends it.
     *
     * @param decision the routing policy's decision on what the classifier found
     * @param onLabels the routing policy's decision on the labels, as if classification were perfect: where
     *     it misses, the policy is wrong (or the label), not the classifier
     */
    private record Item(
            String id,
            ConcernRaisedV1 concern,
            JsonNode labels,
            Findings findings,
            RoutingDecision decision,
            RoutingDecision onLabels) {

        /** The labelled destinations, with the board of a concern labelled for triage. */
        Set<Destination> expectedDestinations() {
            return Corpus.labelledDestinations(labels, concern.provider());
        }

        /** The destinations of the routes opened now: all of them, or only the board's while triage holds the rest. */
        Set<Destination> foundDestinations() {
            return destinations(decision);
        }

        Set<Destination> destinationsOnLabels() {
            return destinations(onLabels);
        }

        private static Set<Destination> destinations(RoutingDecision decision) {
            return InProcess.Prediction.destinations(decision);
        }

        /** The destinations the concern's words read like, by the classifier (no label). */
        Set<Destination> readsLike() {
            return CorpusEvaluation.readsLike(findings);
        }

        Set<QualityDomain> expectedDomains() {
            return Corpus.enums(labels.path("domains"), QualityDomain.class);
        }

        Set<QualityDomain> foundDomains() {
            return findings.needsTriage() && labels.path("triage").asBoolean()
                    ? EnumSet.noneOf(QualityDomain.class)
                    : findings.domains().stream().map(Finding::value).collect(toEnumSet(QualityDomain.class));
        }

        Set<Destination> expectedRegulators() {
            return labelledRegulators(labels);
        }

        Set<Destination> foundRegulators() {
            Set<Destination> regulators = EnumSet.noneOf(Destination.class);
            if (findings.fitnessToPractise().value() == FitnessToPractise.MAY_MEET_THRESHOLD) {
                findings.professionals().stream()
                        .filter(professional -> professional.regulator() != null)
                        .forEach(professional -> regulators.add(professional.regulator()));
            }
            return regulators;
        }
    }

    /** Regulators of the labelled professionals whose conduct may meet the fitness-to-practise threshold. */
    private static Set<Destination> labelledRegulators(JsonNode labels) {
        Set<Destination> regulators = EnumSet.noneOf(Destination.class);
        for (JsonNode professional : labels.path("professionals")) {
            if (professional.path("fitnessToPractise").asBoolean()) {
                ProfessionalRole.valueOf(professional.path("role").asString())
                        .regulator()
                        .ifPresent(regulators::add);
            }
        }
        return regulators;
    }

    private List<Item> read(Path file, boolean outOfFold) {
        OutOfFold folds = outOfFold ? OutOfFold.of(file, LEARN_FROM) : null;
        Function<JsonNode, RoutingPolicy> policies = folds == null ? null : folds.policies(InProcess.shippedPolicy());
        List<Item> items = new ArrayList<>();
        for (JsonNode node : Corpus.read(file)) {
            ConcernRaisedV1 concern = Corpus.concern(node);
            InProcess.Prediction prediction = folds == null
                    ? inProcess.predict(concern)
                    : inProcess.predict(concern, folds.classifier(node), policies.apply(node));
            items.add(new Item(
                    Corpus.id(node),
                    concern,
                    node.path("labels"),
                    prediction.findings(),
                    prediction.decision(),
                    inProcess.decide(labelled(concern, node.path("labels"), readsLike(prediction.findings())))));
        }
        return items;
    }

    private static Set<Destination> readsLike(Findings findings) {
        return findings.readsLike().stream().map(Finding::value).collect(toEnumSet(Destination.class));
    }

    /**
     * The concern as its labels classify it, for routing as if classification were perfect. The destinations its
     * words read like are no label: they are the classifier's reading ({@code readsLike}), not the writer's
     * destinations, which would make the policy read its own answer.
     */
    private static ClassifiedConcern labelled(ConcernRaisedV1 concern, JsonNode labels, Set<Destination> readsLike) {
        boolean triage = labels.path("triage").asBoolean();
        // A triage item has no domain; routing needs a primary one, and holds every route but the board's anyway.
        QualityDomain primary = triage
                ? QualityDomain.SAFE
                : QualityDomain.valueOf(labels.path("primaryDomain").asString());
        Set<QualityDomain> domains = new LinkedHashSet<>(List.of(primary));
        domains.addAll(Corpus.enums(labels.path("domains"), QualityDomain.class));
        HarmLevel harm = HarmLevel.valueOf(labels.path("harm").asString());
        ComplaintStatus status =
                ComplaintStatus.valueOf(labels.path("complaintStatus").asString());
        Set<ConcernSignal> signals = EnumSet.noneOf(ConcernSignal.class);
        SIGNAL_LABELS.forEach((label, signal) -> {
            if (labels.path(label).asBoolean()) {
                signals.add(signal);
            }
        });
        return new ClassifiedConcern(
                concern.concernId(),
                concern.provider(),
                1,
                Corpus.EVALUATED_AT,
                primary,
                domains,
                harm,
                IncidentCategory.valueOf(labels.path("incidentCategory").asString()),
                labels.path("professionals")
                        .valueStream()
                        .map(p -> new ProfessionalTag(
                                ProfessionalRole.valueOf(p.path("role").asString()),
                                p.path("fitnessToPractise").asBoolean(),
                                1.0,
                                List.of("labelled")))
                        .toList(),
                new ComplaintTag(
                        status,
                        status == ComplaintStatus.FINAL_RESPONSE
                                ? concern.raisedBefore().finalResponseOn()
                                : null,
                        labels.path("reporterIsPatientOrActingForThem").asBoolean(),
                        List.of()),
                signals,
                labels.path("immediateDanger").asBoolean() || harm == HarmLevel.SEVERE || harm == HarmLevel.DEATH,
                triage,
                triage ? List.of("labelled for triage") : List.of(),
                concern.raisedBefore().routes(),
                readsLike);
    }

    private String evaluate(String split, List<Item> items) {
        StringBuilder out = new StringBuilder();
        out.append("\n== ")
                .append(split)
                .append(": ")
                .append(items.size())
                .append(" concerns, taxonomy ")
                .append(inProcess.taxonomyVersion())
                .append(" ==\n\n");

        out.append("Domains (multi-label)\n");
        out.append(String.format(
                Locale.ROOT, "  %-14s %9s %9s %9s %7s%n", "label", "precision", "recall", "F1", "support"));
        double macroF1 = domainRows(out, items, Item::foundDomains);
        out.append(String.format(Locale.ROOT, "  macro-F1 %.3f%n", macroF1));
        List<Item> labelled =
                items.stream().filter(i -> !i.labels.path("triage").asBoolean()).toList();
        out.append(String.format(
                Locale.ROOT,
                "  primary domain accuracy %.3f (%d concerns not labelled for triage)%n%n",
                accuracy(
                        labelled,
                        i -> i.labels.path("primaryDomain").asString(),
                        i -> i.findings.primaryDomain().value().name()),
                labelled.size()));

        out.append(String.format(
                Locale.ROOT,
                "Harm accuracy %.3f; incident category accuracy %.3f%n%n",
                accuracy(
                        items,
                        i -> i.labels.path("harm").asString(),
                        i -> i.findings.harm().value().name()),
                accuracy(
                        labelled,
                        i -> i.labels.path("incidentCategory").asString(),
                        i -> i.findings.incidentCategory().value().name())));

        out.append("Destination signals\n");
        out.append(String.format(
                Locale.ROOT, "  %-22s %9s %9s %9s %7s%n", "label", "precision", "recall", "F1", "support"));
        for (Destination regulator : List.of(
                Destination.GMC,
                Destination.NMC,
                Destination.HCPC,
                Destination.GPHC,
                Destination.GDC,
                Destination.GOC,
                Destination.GOSC,
                Destination.GCC,
                Destination.SWE)) {
            out.append(Score.of(
                            items,
                            i -> i.expectedRegulators().contains(regulator),
                            i -> i.foundRegulators().contains(regulator))
                    .row("regulator " + regulator));
        }
        out.append(Score.of(
                        items,
                        i -> !i.expectedRegulators().isEmpty(),
                        i -> !i.foundRegulators().isEmpty())
                .row("any regulator"));
        for (ComplaintStatus status : List.of(ComplaintStatus.IN_PROGRESS, ComplaintStatus.FINAL_RESPONSE)) {
            out.append(Score.of(
                            items,
                            i -> status.name()
                                    .equals(i.labels.path("complaintStatus").asString()),
                            i -> i.findings.complaintStatus().value() == status)
                    .row("complaint " + status));
        }
        out.append(Score.of(
                        items,
                        i -> systemic(i.labels),
                        i -> i.findings.has(ConcernSignal.CROSS_PROVIDER)
                                || i.findings.has(ConcernSignal.SYSTEM_WIDE)
                                || i.findings.has(ConcernSignal.DEVICE_OR_IT))
                .row("cross-provider/systemic"));
        SIGNAL_LABELS.forEach((label, signal) ->
                out.append(Score.of(items, i -> i.labels.path(label).asBoolean(), i -> i.findings.has(signal))
                        .row(label)));
        out.append(Score.of(items, i -> i.labels.path("triage").asBoolean(), i -> i.findings.needsTriage())
                .row("triage"));
        out.append(String.format(
                Locale.ROOT, "%nDestinations (classifier, then routing policy %s)%n", inProcess.policyVersion()));
        out.append(DestinationFigures.of(items.stream()
                .map(i -> new DestinationOutcome(i.id, i.expectedDestinations(), i.foundDestinations()))
                .toList()));
        out.append(String.format(
                Locale.ROOT,
                "  routing policy on the labels (as if classification were perfect): exact match %.3f (%d of %d)%n%n",
                accuracy(
                        items,
                        i -> i.expectedDestinations().toString(),
                        i -> i.destinationsOnLabels().toString()),
                items.stream()
                        .filter(i -> i.expectedDestinations().equals(i.destinationsOnLabels()))
                        .count(),
                items.size()));

        out.append("Worst mistakes (wrong primary domain, harm or destinations, most confident first)\n");
        labelled.stream()
                .filter(i -> !i.labels
                                .path("primaryDomain")
                                .asString()
                                .equals(i.findings.primaryDomain().value().name())
                        || !i.labels
                                .path("harm")
                                .asString()
                                .equals(i.findings.harm().value().name())
                        || !i.expectedDestinations().equals(i.foundDestinations()))
                .sorted(Comparator.comparingDouble(
                        (Item i) -> -i.findings.primaryDomain().confidence()))
                .limit(WORST)
                .forEach(i -> out.append(String.format(
                        Locale.ROOT,
                        "  %s: expected %s/%s to %s, found %s/%s to %s%n    text: %s%n    domain evidence: %s%n"
                                + "    harm evidence: %s%n    signals: %s%n    route reasons: %s%n",
                        i.id,
                        i.labels.path("primaryDomain").asString(),
                        i.labels.path("harm").asString(),
                        i.expectedDestinations(),
                        i.findings.primaryDomain().value(),
                        i.findings.harm().value(),
                        i.foundDestinations(),
                        abbreviate(i.concern.description()),
                        i.findings.primaryDomain().evidence(),
                        i.findings.harm().evidence(),
                        i.findings.signals().stream()
                                .map(signal -> signal.value() + " " + signal.evidence())
                                .toList(),
                        i.decision.routes().stream()
                                .map(route -> route.destination() + ": " + route.reasons())
                                .toList())));
        if (!LABEL.isEmpty()) {
            out.append(labelMistakes(items));
        }
        out.append("\nRouting policy misses on the labels (the policy or the label is wrong, not the classifier)\n");
        items.stream()
                .filter(i -> !i.expectedDestinations().equals(i.destinationsOnLabels()))
                .limit(WORST)
                .forEach(i -> out.append(String.format(
                        Locale.ROOT,
                        "  %s: labelled %s, policy gives %s%n    text: %s%n    route reasons: %s%n",
                        i.id,
                        i.expectedDestinations(),
                        i.destinationsOnLabels(),
                        abbreviate(i.concern.description()),
                        i.onLabels.routes().stream()
                                .filter(route -> !i.expectedDestinations().contains(route.destination()))
                                .map(route -> route.destination() + ": " + route.reasons())
                                .toList())));
        return out.toString();
    }

    /**
     * The split's concerns through the running services: the destination figures of what they did, the same
     * figures for the in-process prediction of the same concerns, and each concern where the two differ.
     * A concern intake refused, or that was not routed or put in triage in time, counts as sent nowhere.
     */
    private String live(String split, List<JsonNode> items) throws IOException, InterruptedException {
        RunningServices services = new RunningServices(URI.create(LIVE), URI.create(LIVE_ROUTING), LIVE_PER_MINUTE);
        LiveRun run = new LiveRun(
                services,
                Duration.ofSeconds(LIVE_TIMEOUT_SECONDS),
                LIVE_BATCH,
                inProcess.taxonomyVersion() + " " + inProcess.policyVersion());
        long start = System.nanoTime();
        List<LiveRun.Result> results = run.run(items, progress -> System.out.println("  " + split + ": " + progress));
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        Map<String, JsonNode> labels = new LinkedHashMap<>();
        items.forEach(item -> labels.put(Corpus.id(item), item.path("labels")));

        List<DestinationOutcome> running = new ArrayList<>();
        List<DestinationOutcome> predicted = new ArrayList<>();
        StringBuilder differences = new StringBuilder();
        int differing = 0;
        Set<String> serviceVersions = new java.util.TreeSet<>();
        for (LiveRun.Result result : results) {
            Set<Destination> expected = Corpus.labelledDestinations(
                    labels.get(result.id()), result.concern().provider());
            InProcess.Prediction prediction = result.prediction(inProcess);
            RunningServices.Decided decided = result.decided();
            Set<Destination> found = decided == null ? EnumSet.noneOf(Destination.class) : decided.destinations();
            running.add(new DestinationOutcome(result.id(), expected, found));
            predicted.add(new DestinationOutcome(result.id(), expected, prediction.destinations()));
            if (decided != null) {
                serviceVersions.add(
                        "taxonomy " + decided.taxonomyVersion() + ", routing policy " + decided.policyVersion());
            }
            Optional<String> difference = result.differenceFrom(prediction);
            if (difference.isPresent()) {
                differing++;
                differences.append(String.format(
                        Locale.ROOT,
                        "  %s (%s): %s%n",
                        result.id(),
                        result.reference() == null ? "not raised" : result.reference(),
                        difference.get()));
            }
        }
        long replayed = results.stream().filter(LiveRun.Result::replayed).count();
        long refused = results.stream().filter(r -> r.reference() == null).count();
        long lost = results.stream()
                .filter(r -> r.reference() != null && r.decided() == null)
                .count();
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%n== %s through the running services (intake %s, routing %s): %d concerns in %d s ==%n",
                split,
                LIVE,
                LIVE_ROUTING,
                results.size(),
                seconds));
        out.append(String.format(
                Locale.ROOT,
                "  raised %d (of which %d already raised by an earlier run, by idempotency key), refused by intake %d,"
                        + " not routed or in triage within %d s %d%n",
                results.size() - refused,
                replayed,
                refused,
                LIVE_TIMEOUT_SECONDS,
                lost));
        out.append(String.format(
                Locale.ROOT,
                "  the services applied %s; in-process: taxonomy %s, routing policy %s%n%n",
                serviceVersions.isEmpty() ? "nothing" : String.join("; ", serviceVersions),
                inProcess.taxonomyVersion(),
                inProcess.policyVersion()));
        out.append("Destinations (the running services)\n");
        out.append(DestinationFigures.of(running));
        out.append("\nDestinations (in-process, the same concerns)\n");
        out.append(DestinationFigures.of(predicted));
        out.append(String.format(
                Locale.ROOT,
                "%nWhere the running services differ from the in-process prediction: %d of %d%n",
                differing,
                results.size()));
        out.append(differences);
        return out.toString();
    }

    private static Map<String, JsonNode> secondLabels(Path file) throws IOException {
        Map<String, JsonNode> labels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                labels.put(node.path("id").asString(), node.path("labels"));
            }
        }
        return labels;
    }

    /**
     * How far a second person's labels agree with the corpus's, read as if the second person were the
     * classifier: the same figures, on the concerns both labelled, and the routing policy run on the second
     * person's labels against their own destinations.
     */
    private String agreement(String split, List<Item> all, Map<String, JsonNode> second) {
        List<Item> items = all.stream().filter(i -> second.containsKey(i.id)).toList();
        if (items.isEmpty()) {
            return "";
        }
        Function<Item, JsonNode> other = i -> second.get(i.id);
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nAgreement of a second labeller (%s) with the labels, on %d of %s's concerns%n",
                SECOND,
                items.size(),
                split));
        out.append(String.format(
                Locale.ROOT, "  %-22s %9s %9s %9s %7s%n", "label", "precision", "recall", "F1", "support"));
        double macroF1 = domainRows(out, items, i -> Corpus.enums(other.apply(i).path("domains"), QualityDomain.class));
        List<Item> labelled =
                items.stream().filter(i -> !i.labels.path("triage").asBoolean()).toList();
        out.append(String.format(
                Locale.ROOT,
                "  domain macro-F1 %.3f; primary domain %.3f; harm %.3f%n",
                macroF1,
                accuracy(
                        labelled,
                        i -> i.labels.path("primaryDomain").asString(),
                        i -> other.apply(i).path("primaryDomain").asString()),
                accuracy(
                        items,
                        i -> i.labels.path("harm").asString(),
                        i -> other.apply(i).path("harm").asString())));
        out.append(Score.of(
                        items,
                        i -> !i.expectedRegulators().isEmpty(),
                        i -> !labelledRegulators(other.apply(i)).isEmpty())
                .row("any regulator"));
        out.append(Score.of(items, i -> systemic(i.labels), i -> systemic(other.apply(i)))
                .row("cross-provider/systemic"));
        for (String label : SIGNAL_LABELS.keySet()) {
            out.append(Score.of(
                            items,
                            i -> i.labels.path(label).asBoolean(),
                            i -> other.apply(i).path(label).asBoolean())
                    .row(label));
        }
        Function<Item, Set<Destination>> theirs =
                i -> Corpus.labelledDestinations(other.apply(i), i.concern.provider());
        out.append(String.format(
                Locale.ROOT,
                "  destination-set exact match %.3f; the second names an external body the labels do not %.3f%n",
                accuracy(
                        items,
                        i -> i.expectedDestinations().toString(),
                        i -> theirs.apply(i).toString()),
                items.stream()
                                .filter(i -> theirs.apply(i).stream()
                                        .anyMatch(d -> Corpus.EXTERNAL.contains(d)
                                                && !i.expectedDestinations().contains(d)))
                                .count()
                        / (double) items.size()));
        out.append(String.format(
                Locale.ROOT,
                "  routing policy on the second labels, against the second labeller's destinations: exact match %.3f%n",
                accuracy(
                        items,
                        i -> theirs.apply(i).toString(),
                        i -> Item.destinations(inProcess.decide(labelled(i.concern, other.apply(i), i.readsLike())))
                                .toString())));
        return out.toString();
    }

    /** A row per domain, the labelled domains against those found; returns the macro-F1. */
    private static double domainRows(StringBuilder out, List<Item> items, Function<Item, Set<QualityDomain>> found) {
        double f1Sum = 0;
        for (QualityDomain domain : QualityDomain.values()) {
            Score score = Score.of(
                    items,
                    i -> i.expectedDomains().contains(domain),
                    i -> found.apply(i).contains(domain));
            f1Sum += score.f1();
            out.append(score.row(domain.name()));
        }
        return f1Sum / QualityDomain.values().length;
    }

    private static boolean systemic(JsonNode labels) {
        return labels.path("crossProvider").asBoolean()
                || labels.path("systemWide").asBoolean()
                || labels.path("deviceOrIt").asBoolean();
    }

    /** The concerns where the classifier and the labels disagree on {@link #LABEL}, up to {@link #WORST}. */
    private static String labelMistakes(List<Item> items) {
        Predicate<Item> expected;
        Function<Item, List<String>> found;
        if (SIGNAL_LABELS.containsKey(LABEL)) {
            ConcernSignal signal = SIGNAL_LABELS.get(LABEL);
            expected = i -> i.labels.path(LABEL).asBoolean();
            found = i -> i.findings.signals().stream()
                    .filter(f -> f.value() == signal)
                    .map(f -> f.evidence().toString())
                    .toList();
        } else if (LABEL.equals("regulator")) {
            expected = i -> !i.expectedRegulators().isEmpty();
            found = i -> i.foundRegulators().isEmpty()
                    ? List.of()
                    : List.of(i.findings.professionals() + " " + i.findings.fitnessToPractise());
        } else {
            QualityDomain domain = QualityDomain.valueOf(LABEL);
            expected = i -> i.expectedDomains().contains(domain);
            found = i -> i.foundDomains().contains(domain)
                    ? i.findings.domains().stream()
                            .filter(f -> f.value() == domain)
                            .map(f -> f.evidence().toString())
                            .toList()
                    : List.of();
        }
        StringBuilder out =
                new StringBuilder("\nMistakes on " + LABEL + " (+ found but not labelled, - labelled but not found)\n");
        items.stream()
                .filter(i -> expected.test(i) == found.apply(i).isEmpty())
                .limit(WORST)
                .forEach(i -> out.append(String.format(
                        Locale.ROOT,
                        "  %s %s%n    text: %s%n    evidence: %s%n    found: %s%n",
                        expected.test(i) ? "-" : "+",
                        i.id,
                        i.concern.description(),
                        found.apply(i),
                        i.findings.domains().stream().map(Finding::value).toList() + " "
                                + i.findings.signals().stream()
                                        .map(Finding::value)
                                        .toList())));
        return out.toString();
    }

    private static double accuracy(List<Item> items, Function<Item, String> expected, Function<Item, String> found) {
        return items.isEmpty()
                ? 1
                : (double) items.stream()
                                .filter(i -> expected.apply(i).equals(found.apply(i)))
                                .count()
                        / items.size();
    }

    private static <E extends Enum<E>> java.util.stream.Collector<E, ?, Set<E>> toEnumSet(Class<E> type) {
        return Collectors.toCollection(() -> EnumSet.noneOf(type));
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }
}
