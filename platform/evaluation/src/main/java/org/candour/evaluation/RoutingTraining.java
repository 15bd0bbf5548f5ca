package org.candour.evaluation;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.candour.classification.analysis.Classifier;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.Destination;
import org.candour.routing.policy.ClassifiedConcern;
import org.candour.routing.policy.RoutingPolicy;
import org.candour.routing.policy.RoutingRule;
import org.candour.routing.policy.Weighing;
import org.candour.routing.policy.policyfile.RoutingPolicyFile;
import tools.jackson.databind.JsonNode;

/**
 * Trains the weighed rules of a routing policy (ADR 0029) on the development corpus. Each concern is
 * classified as the services classify it (the shipped taxonomy), but with a domain reader and a term reader
 * that did not learn from that concern ({@link OutOfFold}): the points are learnt from findings
 * as a new concern's are read. For each weighed rule,
 * the concerns its conditions hold for, and that classification does not send to triage, are the rows; the
 * facts it weighs are the features and whether the writer named its destination is the label. A logistic
 * regression gives each fact's points and the base. The threshold and the facts weighed are the quality
 * lead's, and are left as written. Deterministic: the same corpus, taxonomy and policy give the same file.
 */
public final class RoutingTraining {

    /**
     * The L2 penalty for each concern trained on: the best of 0.0003, 0.001 and 0.003 for the destination-set
     * exact match when each fifth of the corpus was routed by weights learnt from the other four fifths, in
     * the experiment ADR 0029 records.
     */
    static final double PENALTY_PER_CONCERN = 0.001;

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    private RoutingTraining() {}

    /** A concern as routing knows it after classification, with the destinations its writer named. */
    record Example(ClassifiedConcern concern, Set<Destination> labelled) {

        /** The corpus item classified by {@code classifier}, with its labelled destinations. */
        static Example of(JsonNode item, Classifier classifier) {
            ConcernRaisedV1 concern = Corpus.concern(item);
            return new Example(
                    InProcess.classified(concern, classifier),
                    Corpus.labelledDestinations(item.path("labels"), concern.provider()));
        }
    }

    /**
     * The policy document with the base and each fact's points of every weighed rule learnt from the corpus;
     * every other character is as the quality lead wrote it.
     *
     * @param corpus the labelled corpus file ({@code dev.jsonl})
     * @param policy the routing policy document
     * @throws IllegalArgumentException if the policy is not valid, or a weighed fact is not written as {@code
     *     {"name": "...", "points": n, ...}} on its own
     */
    public static String train(Path corpus, String policy) {
        Function<JsonNode, Classifier> outOfFold = OutOfFold.classifiers(corpus);
        return train(
                Corpus.read(corpus).stream()
                        .sorted(Corpus.BY_ID_NUMBER)
                        .parallel()
                        .map(item -> Example.of(item, outOfFold.apply(item)))
                        .toList(),
                policy);
    }

    /**
     * The policy document with the points of every weighed rule learnt from {@code examples}, those not sent to
     * triage: all of dev, or four fifths of it when the evaluation reads the fifth left out ({@link OutOfFold}).
     */
    static String train(List<Example> all, String policy) {
        RoutingPolicy read = RoutingPolicyFile.read(new ByteArrayInputStream(policy.getBytes(UTF_8)));
        List<Example> examples =
                all.stream().filter(example -> !example.concern().needsTriage()).toList();
        String trained = policy;
        for (RoutingRule rule : read.rules()) {
            Weighing weighing = rule.weighing();
            if (weighing == null) {
                continue;
            }
            List<Example> rows = examples.stream()
                    .filter(example -> rule.conditions().holds(example.concern()))
                    .toList();
            double[][] x = rows.stream()
                    .map(example -> features(weighing.shows(example.concern())))
                    .toArray(double[][]::new);
            int[] y = rows.stream()
                    .mapToInt(example -> example.labelled().contains(rule.destination()) ? 1 : 0)
                    .toArray();
            double[] w = LogisticRegression.fit(x, y, PENALTY_PER_CONCERN * rows.size());
            trained = written(trained, rule, weighing, w);
        }
        return trained;
    }

    private static double[] features(boolean[] shown) {
        double[] x = new double[shown.length];
        for (int i = 0; i < shown.length; i++) {
            x[i] = shown[i] ? 1 : 0;
        }
        return x;
    }

    /** The document with the rule's base (the intercept, last in {@code w}) and points rewritten in place. */
    private static String written(String document, RoutingRule rule, Weighing weighing, double[] w) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"" + Pattern.quote(rule.id()) + "\"")
                .matcher(document);
        int start = id.find() ? document.indexOf("\"weighing\"", id.end()) : -1;
        if (start < 0) {
            throw new IllegalArgumentException("The weighing of rule " + rule.id() + " was not found");
        }
        StringBuilder out = new StringBuilder(document);
        int end = objectEnd(document, document.indexOf('{', start));
        end = replaceNumber(
                out,
                Pattern.compile("\"base\"\\s*:\\s*"),
                start,
                end,
                w[w.length - 1],
                "the base of rule " + rule.id());
        for (int i = 0; i < weighing.weights().size(); i++) {
            String name = weighing.weights().get(i).name();
            Pattern fact = Pattern.compile("\\{\\s*\"name\"\\s*:\\s*\"" + Pattern.quote(name.replace("\"", "\\\""))
                    + "\"\\s*,\\s*\"points\"\\s*:\\s*");
            end = replaceNumber(out, fact, start, end, w[i], "the points of '" + name + "' in rule " + rule.id());
        }
        return out.toString();
    }

    /**
     * Replaces the number that follows the key between {@code from} and {@code to}, and returns where the
     * region now ends.
     */
    private static int replaceNumber(StringBuilder document, Pattern key, int from, int to, double value, String what) {
        Matcher found = key.matcher(document).region(from, to);
        if (!found.find()) {
            throw new IllegalArgumentException("Training cannot find " + what + " to set: write the base as"
                    + " \"base\": n and each weighed fact as {\"name\": \"...\", \"points\": n, ...}");
        }
        Matcher number = NUMBER.matcher(document);
        if (!number.find(found.end()) || number.start() != found.end()) {
            throw new IllegalArgumentException("Training cannot read " + what + " as a number");
        }
        String written = points(value);
        document.replace(number.start(), number.end(), written);
        return to + written.length() - (number.end() - number.start());
    }

    /** Where the JSON object opening at {@code open} closes, strings and their escapes skipped. */
    private static int objectEnd(String document, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < document.length(); i++) {
            char c = document.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("The weighing object is not closed");
    }

    /** Two decimals, as a quality lead reads them; never "-0.00". */
    static String points(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.equals("-0.00") ? "0.00" : text;
    }
}
