package org.candour.classification.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.candour.events.AffectedPerson;
import org.candour.events.ComplaintStatus;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.ProviderKind;
import org.candour.events.QualityDomain;
import org.candour.events.RaisedRoute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the labelled corpus (services/classification/corpus, see its README) honest: every line
 * parses, every label is a name the events know, the labels obey the routing rules of DOMAIN.md
 * section 3 that can be checked mechanically, coverage stays above the agreed minimums, and the
 * held-out split does not repeat the dev split.
 */
class CorpusTest {

    private static final Path DIR = Path.of("corpus");
    private static final String DEV = "dev";
    private static final String HELD_OUT = "heldout";

    private static final int MIN_DEV_ITEMS = 150;
    private static final int MIN_HELD_OUT_ITEMS = 90;
    private static final int MIN_DEV_PRIMARY_PER_DOMAIN = 10;
    private static final int MIN_DEV_PER_HARM = 8;
    private static final int MIN_DEV_PER_DESTINATION = 6;
    private static final int MIN_HELD_OUT_PER_DESTINATION = 4;
    private static final int MIN_DEV_TRIAGE = 8;
    private static final int DUPLICATE_PREFIX = 60;

    private static final List<String> FLAGS = List.of(
            "reporterIsPatientOrActingForThem",
            "crossProvider",
            "recurring",
            "systemWide",
            "deviceOrIt",
            "safeguarding",
            "immediateDanger",
            "closedCulture",
            "concealment",
            "fearOfDetriment",
            "triage");
    /** Independent primary-care contractors: no board of their own, so the ICS quality group [house rule]. */
    private static final Set<ProviderKind> CONTRACTORS = EnumSet.of(
            ProviderKind.GP_PRACTICE,
            ProviderKind.COMMUNITY_PHARMACY,
            ProviderKind.DENTAL_PRACTICE,
            ProviderKind.OPTICAL_PRACTICE);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<Line> lines;
    private static List<String> parseProblems;

    /** One line of a split, parsed when it could be. */
    private record Line(String split, int number, String raw, Optional<JsonNode> node) {

        String where() {
            String id = node.map(n -> n.path("id").asString("?")).orElse("?");
            return split + ".jsonl:" + number + " (" + id + ")";
        }

        JsonNode labels() {
            return node.orElseThrow().path("labels");
        }
    }

    @BeforeAll
    static void readCorpus() throws IOException {
        lines = new ArrayList<>();
        parseProblems = new ArrayList<>();
        for (String split : List.of(DEV, HELD_OUT)) {
            Path file = DIR.resolve(split + ".jsonl");
            assertThat(file)
                    .as("corpus file %s (run from services/classification)", file)
                    .isRegularFile();
            List<String> raw = Files.readAllLines(file, UTF_8);
            for (int i = 0; i < raw.size(); i++) {
                String text = raw.get(i);
                Optional<JsonNode> node = Optional.empty();
                if (text.isBlank()) {
                    parseProblems.add(split + ".jsonl:" + (i + 1) + ": blank line");
                } else {
                    try {
                        JsonNode parsed = JSON.readTree(text);
                        if (parsed.isObject()) {
                            node = Optional.of(parsed);
                        } else {
                            parseProblems.add(split + ".jsonl:" + (i + 1) + ": not a JSON object");
                        }
                    } catch (JacksonException e) {
                        parseProblems.add(split + ".jsonl:" + (i + 1) + ": malformed JSON: " + e.getOriginalMessage());
                    }
                }
                lines.add(new Line(split, i + 1, text, node));
            }
        }
    }

    private static List<Line> parsed() {
        return lines.stream().filter(l -> l.node().isPresent()).toList();
    }

    private static List<Line> parsed(String split) {
        return parsed().stream().filter(l -> l.split().equals(split)).toList();
    }

    private static boolean triage(Line line) {
        return line.labels().path("triage").asBoolean(false);
    }

    private static void assertNoProblems(List<String> problems, String what) {
        assertThat(problems)
                .withFailMessage("%s:%n  %s", what, String.join(System.lineSeparator() + "  ", problems))
                .isEmpty();
    }

    @Test
    void everyLineIsAnObjectWithAnIdTextAndLabels() {
        List<String> problems = new ArrayList<>(parseProblems);
        for (Line line : parsed()) {
            JsonNode node = line.node().orElseThrow();
            String id = node.path("id").asString("");
            String split = line.split();
            if (!node.path("id").isString() || !id.matches(split + "-\\d{3,5}")) {
                problems.add(line.where() + ": id must look like " + split + "-001, " + split + "-1001 or " + split
                        + "-10001");
            }
            if (!node.path("text").isString()) {
                problems.add(line.where() + ": text missing or not a string");
            }
            if (!node.path("labels").isObject()) {
                problems.add(line.where() + ": labels missing or not an object");
            }
            for (String field : node.propertyNames()) {
                if (!Set.of("id", "text", "answers", "labels").contains(field)) {
                    problems.add(line.where() + ": unknown field " + field);
                }
            }
        }
        assertNoProblems(problems, "malformed corpus lines");
    }

    @Test
    void labelsUseOnlyKnownNames() {
        List<String> problems = new ArrayList<>();
        for (Line line : parsed()) {
            JsonNode labels = line.labels();
            if (!labels.isObject()) {
                continue;
            }
            String at = line.where() + ": ";
            Set<String> known = new HashSet<>(FLAGS);
            known.addAll(List.of(
                    "domains",
                    "primaryDomain",
                    "harm",
                    "incidentCategory",
                    "professionals",
                    "complaintStatus",
                    "destinations"));
            for (String field : labels.propertyNames()) {
                if (!known.contains(field)) {
                    problems.add(at + "unknown label " + field);
                }
            }
            for (String field : known) {
                if (!labels.has(field)) {
                    problems.add(at + "label " + field + " missing");
                }
            }
            for (String flag : FLAGS) {
                if (labels.has(flag) && !labels.path(flag).isBoolean()) {
                    problems.add(at + flag + " must be true or false");
                }
            }
            eachString(labels.path("domains"), at + "domains", problems, v -> known(QualityDomain.class, v));
            if (!labels.path("primaryDomain").isNull()) {
                checkName(
                        labels.path("primaryDomain"),
                        at + "primaryDomain",
                        problems,
                        v -> known(QualityDomain.class, v));
            }
            checkName(labels.path("harm"), at + "harm", problems, v -> known(HarmLevel.class, v));
            checkName(
                    labels.path("incidentCategory"),
                    at + "incidentCategory",
                    problems,
                    v -> known(IncidentCategory.class, v));
            checkName(
                    labels.path("complaintStatus"),
                    at + "complaintStatus",
                    problems,
                    v -> known(ComplaintStatus.class, v));
            eachString(labels.path("destinations"), at + "destinations", problems, v -> known(Destination.class, v));
            JsonNode professionals = labels.path("professionals");
            if (!professionals.isArray()) {
                problems.add(at + "professionals must be an array");
            } else {
                for (JsonNode professional : professionals) {
                    checkName(
                            professional.path("role"),
                            at + "professionals.role",
                            problems,
                            v -> known(ProfessionalRole.class, v));
                    if (!professional.path("fitnessToPractise").isBoolean()) {
                        problems.add(at + "professionals.fitnessToPractise must be true or false");
                    }
                }
            }
            JsonNode answers = line.node().orElseThrow().path("answers");
            if (!answers.isMissingNode()) {
                checkAnswerNames(answers, line.where() + ": answers.", problems);
            }
        }
        assertNoProblems(problems, "unknown names in labels or answers");
    }

    private static void checkAnswerNames(JsonNode answers, String at, List<String> problems) {
        JsonNode provider = answers.path("provider");
        checkName(provider.path("kind"), at + "provider.kind", problems, v -> known(ProviderKind.class, v));
        if (!provider.path("name").isString()
                || provider.path("name").asString().isBlank()) {
            problems.add(at + "provider.name missing");
        }
        boolean trust = "NHS_TRUST".equals(provider.path("kind").asString(""));
        if (trust && !provider.path("odsCode").isString()) {
            problems.add(at + "provider.odsCode is required for an NHS trust");
        }
        if (!trust && !provider.path("icbCode").isString()) {
            problems.add(at + "provider.icbCode is required for a provider that is not an NHS trust");
        }
        eachString(answers.path("affected"), at + "affected", problems, v -> known(AffectedPerson.class, v));
        checkName(answers.path("reportedHarm"), at + "reportedHarm", problems, v -> known(HarmLevel.class, v));
        if (!answers.path("immediateDanger").isBoolean()) {
            problems.add(at + "immediateDanger must be true or false");
        }
        JsonNode professionals = answers.path("professionals");
        if (!professionals.isArray()) {
            problems.add(at + "professionals must be an array");
        } else {
            for (JsonNode professional : professionals) {
                checkName(
                        professional.path("role"),
                        at + "professionals.role",
                        problems,
                        v -> known(ProfessionalRole.class, v));
            }
        }
        eachString(
                answers.path("raisedBefore").path("routes"),
                at + "raisedBefore.routes",
                problems,
                v -> known(RaisedRoute.class, v));
    }

    @Test
    void idsAreUniqueAcrossBothSplits() {
        Map<String, List<String>> byId = parsed().stream()
                .collect(Collectors.groupingBy(
                        l -> l.node().orElseThrow().path("id").asString(""),
                        Collectors.mapping(Line::where, Collectors.toList())));
        List<String> problems = byId.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> "duplicate id " + e.getKey() + " at " + e.getValue())
                .toList();
        assertNoProblems(problems, "duplicate ids");
    }

    @Test
    void primaryDomainIsOneOfTheDomainsAndTriageItemsCarryNoClassification() {
        List<String> problems = new ArrayList<>();
        for (Line line : parsed()) {
            JsonNode labels = line.labels();
            Set<String> domains = strings(labels.path("domains"));
            String primary = labels.path("primaryDomain").asString(null);
            if (triage(line)) {
                if (!domains.isEmpty() || primary != null) {
                    problems.add(line.where() + ": a triage item has no domains and a null primaryDomain");
                }
                if (!strings(labels.path("destinations")).isEmpty()) {
                    problems.add(line.where() + ": a triage item goes to no external body, a person reads it first");
                }
            } else {
                if (domains.isEmpty()) {
                    problems.add(line.where() + ": no domains");
                }
                if (primary == null || !domains.contains(primary)) {
                    problems.add(line.where() + ": primaryDomain " + primary + " is not in domains " + domains);
                }
                // No destination at all is right only where there is no board: a contained matter at a care
                // provider or an independent practitioner can meet none of DOMAIN.md's criteria. A board or a
                // contractor's ICS quality group is checked with the other destinations.
                if (strings(labels.path("destinations")).isEmpty()
                        && providerKind(line).hasBoard()) {
                    problems.add(line.where() + ": a concern about a provider with a board goes at least to it");
                }
            }
        }
        assertNoProblems(problems, "domain or triage labels inconsistent");
    }

    @Test
    void destinationsFollowTheHardRulesOfDomainMd() {
        List<String> problems = new ArrayList<>();
        for (Line line : parsed()) {
            if (triage(line)) {
                continue;
            }
            JsonNode labels = line.labels();
            String at = line.where() + ": ";
            Set<Destination> destinations = enums(Destination.class, labels.path("destinations"));

            Set<Destination> regulatorsWithThreshold = EnumSet.noneOf(Destination.class);
            for (JsonNode professional : labels.path("professionals")) {
                Optional<ProfessionalRole> role =
                        parse(ProfessionalRole.class, professional.path("role").asString(""));
                if (role.isPresent() && professional.path("fitnessToPractise").asBoolean(false)) {
                    role.get().regulator().ifPresent(regulatorsWithThreshold::add);
                }
            }
            for (Destination destination : destinations) {
                if (isRegulator(destination) && !regulatorsWithThreshold.contains(destination)) {
                    problems.add(
                            at + destination
                                    + " needs a professional registered with it whose conduct meets the fitness-to-practise threshold");
                }
            }
            for (Destination regulator : regulatorsWithThreshold) {
                if (!destinations.contains(regulator)) {
                    problems.add(at + "a professional meets the fitness-to-practise threshold but " + regulator
                            + " is not a destination");
                }
            }

            if (destinations.contains(Destination.PHSO)) {
                if (!"FINAL_RESPONSE".equals(labels.path("complaintStatus").asString(""))) {
                    problems.add(at + "PHSO only once the local complaint has a final response");
                }
                if (!labels.path("reporterIsPatientOrActingForThem").asBoolean(false)) {
                    problems.add(at + "PHSO only when made by or for the person affected");
                }
            }

            ProviderKind kind = providerKind(line);
            if (kind.hasBoard() && !destinations.contains(Destination.TRUST_BOARD)) {
                problems.add(at + "every concern about a " + kind + " goes to its board (TRUST_BOARD)");
            }
            if (!kind.hasBoard() && destinations.contains(Destination.TRUST_BOARD)) {
                problems.add(at + "a " + kind + " has no trust board");
            }
            if (CONTRACTORS.contains(kind) && !destinations.contains(Destination.ICS_QUALITY_GROUP)) {
                problems.add(at + "a primary-care contractor (" + kind
                        + ") goes to the ICS quality group instead of a board");
            }
        }
        assertNoProblems(problems, "destinations break DOMAIN.md section 3");
    }

    @Test
    void labelsAgreeWithTheStructuredAnswers() {
        List<String> problems = new ArrayList<>();
        for (Line line : parsed()) {
            JsonNode answers = line.node().orElseThrow().path("answers");
            if (answers.isMissingNode()) {
                continue;
            }
            JsonNode labels = line.labels();
            String at = line.where() + ": ";
            if (triage(line)) {
                problems.add(at + "triage items are bare text, without answers");
                continue;
            }
            if (!answers.path("reportedHarm")
                    .asString("")
                    .equals(labels.path("harm").asString(""))) {
                problems.add(at + "harm " + labels.path("harm").asString("") + " disagrees with answers.reportedHarm "
                        + answers.path("reportedHarm").asString(""));
            }
            if (answers.path("immediateDanger").asBoolean(false)
                    != labels.path("immediateDanger").asBoolean(false)) {
                problems.add(at + "immediateDanger disagrees with the answers");
            }
            List<String> answered = roles(answers.path("professionals"));
            List<String> labelled = roles(labels.path("professionals"));
            if (!answered.equals(labelled)) {
                problems.add(at + "professionals " + labelled + " disagree with the answers " + answered);
            }
            JsonNode raisedBefore = answers.path("raisedBefore");
            boolean finalResponse = raisedBefore.path("finalResponseOn").isString();
            boolean formalComplaint = strings(raisedBefore.path("routes")).contains("FORMAL_COMPLAINT");
            if (finalResponse && !formalComplaint) {
                // The form asks for a final response's date only for a formal complaint (RaisedBefore refuses it).
                problems.add(at + "answers give a finalResponseOn without a FORMAL_COMPLAINT route");
            }
            String status = labels.path("complaintStatus").asString("");
            String expected = finalResponse ? "FINAL_RESPONSE" : formalComplaint ? "IN_PROGRESS" : "NONE";
            if (!status.equals(expected)) {
                problems.add(at + "complaintStatus " + status + " but the answers imply " + expected);
            }
        }
        assertNoProblems(problems, "labels contradict the structured answers, which take precedence");
    }

    @Test
    void coverageMeetsTheMinimums() {
        List<String> problems = new ArrayList<>();
        List<Line> dev = parsed(DEV);
        List<Line> heldOut = parsed(HELD_OUT);
        if (dev.size() < MIN_DEV_ITEMS) {
            problems.add("dev has " + dev.size() + " items, at least " + MIN_DEV_ITEMS + " wanted");
        }
        if (heldOut.size() < MIN_HELD_OUT_ITEMS) {
            problems.add("heldout has " + heldOut.size() + " items, at least " + MIN_HELD_OUT_ITEMS + " wanted");
        }
        List<Line> devConcerns = dev.stream().filter(l -> !triage(l)).toList();
        Map<QualityDomain, Integer> primary = count(
                QualityDomain.class,
                devConcerns,
                l -> l.labels().path("primaryDomain").asString(""));
        primary.forEach((domain, n) -> {
            if (n < MIN_DEV_PRIMARY_PER_DOMAIN) {
                problems.add(
                        "dev: primary domain " + domain + " " + n + " times, at least " + MIN_DEV_PRIMARY_PER_DOMAIN);
            }
        });
        Map<HarmLevel, Integer> harm =
                count(HarmLevel.class, devConcerns, l -> l.labels().path("harm").asString(""));
        harm.forEach((level, n) -> {
            if (n < MIN_DEV_PER_HARM) {
                problems.add("dev: harm " + level + " " + n + " times, at least " + MIN_DEV_PER_HARM);
            }
        });
        destinations(dev).forEach((destination, n) -> {
            if (n < MIN_DEV_PER_DESTINATION) {
                problems.add(
                        "dev: destination " + destination + " " + n + " times, at least " + MIN_DEV_PER_DESTINATION);
            }
        });
        destinations(heldOut).forEach((destination, n) -> {
            if (n < MIN_HELD_OUT_PER_DESTINATION) {
                problems.add("heldout: destination " + destination + " " + n + " times, at least "
                        + MIN_HELD_OUT_PER_DESTINATION);
            }
        });
        long devTriage = dev.stream().filter(CorpusTest::triage).count();
        if (devTriage < MIN_DEV_TRIAGE) {
            problems.add("dev: " + devTriage + " triage items, at least " + MIN_DEV_TRIAGE);
        }
        if (heldOut.stream().noneMatch(CorpusTest::triage)) {
            problems.add("heldout: no triage items");
        }
        assertNoProblems(problems, "coverage below the minimums in the corpus README");
    }

    @Test
    void noTwoTextsAreNearDuplicates() {
        Map<String, String> firstSeen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Line line : parsed()) {
            String key = nearDuplicateKey(line.node().orElseThrow().path("text").asString(""));
            String earlier = firstSeen.putIfAbsent(key, line.where());
            if (earlier != null) {
                problems.add(line.where() + " repeats " + earlier + ": \"" + key + "\"");
            }
        }
        assertNoProblems(problems, "near-duplicate texts (same first " + DUPLICATE_PREFIX + " normalised characters)");
    }

    /** Lower case, accents and punctuation dropped, whitespace collapsed; bare symbols kept as they are. */
    static String nearDuplicateKey(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        String key = folded.isEmpty() ? text.strip() : folded;
        return key.length() <= DUPLICATE_PREFIX ? key : key.substring(0, DUPLICATE_PREFIX);
    }

    private static ProviderKind providerKind(Line line) {
        JsonNode kind =
                line.node().orElseThrow().path("answers").path("provider").path("kind");
        // Items without answers are about an NHS trust (corpus README).
        return kind.isString()
                ? parse(ProviderKind.class, kind.asString()).orElse(ProviderKind.NHS_TRUST)
                : ProviderKind.NHS_TRUST;
    }

    private static boolean isRegulator(Destination destination) {
        return EnumSet.allOf(ProfessionalRole.class).stream()
                .anyMatch(role -> role.regulator().equals(Optional.of(destination)));
    }

    private static Map<Destination, Integer> destinations(List<Line> split) {
        Map<Destination, Integer> counts = new EnumMap<>(Destination.class);
        for (Destination destination : Destination.values()) {
            counts.put(destination, 0);
        }
        for (Line line : split) {
            for (Destination destination :
                    enums(Destination.class, line.labels().path("destinations"))) {
                counts.merge(destination, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static <E extends Enum<E>> Map<E, Integer> count(
            Class<E> type, List<Line> split, Function<Line, String> name) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, 0);
        }
        for (Line line : split) {
            parse(type, name.apply(line)).ifPresent(e -> counts.merge(e, 1, Integer::sum));
        }
        return counts;
    }

    private static List<String> roles(JsonNode professionals) {
        List<String> roles = new ArrayList<>();
        for (JsonNode professional : professionals) {
            roles.add(professional.path("role").asString(""));
        }
        roles.sort(null);
        return roles;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        for (JsonNode value : array) {
            values.add(value.asString(""));
        }
        return values;
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, JsonNode array) {
        Set<E> values = EnumSet.noneOf(type);
        for (JsonNode value : array) {
            parse(type, value.asString("")).ifPresent(values::add);
        }
        return values;
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> boolean known(Class<E> type, String name) {
        return parse(type, name).isPresent();
    }

    private static void checkName(
            JsonNode value, String what, List<String> problems, java.util.function.Predicate<String> known) {
        if (!value.isString()) {
            problems.add(what + " missing or not a string");
        } else if (!known.test(value.asString())) {
            problems.add(what + " has unknown name " + value.asString());
        }
    }

    private static void eachString(
            JsonNode array, String what, List<String> problems, java.util.function.Predicate<String> known) {
        if (!array.isArray()) {
            problems.add(what + " must be an array");
            return;
        }
        for (JsonNode value : array) {
            checkName(value, what, problems, known);
        }
    }
}
