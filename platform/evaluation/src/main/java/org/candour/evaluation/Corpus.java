package org.candour.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.candour.events.AffectedPerson;
import org.candour.events.ConcernRaisedV1;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.Occurred;
import org.candour.events.Professional;
import org.candour.events.ProfessionalRole;
import org.candour.events.Provider;
import org.candour.events.ProviderKind;
import org.candour.events.RaisedBefore;
import org.candour.events.RaisedRoute;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled corpus ({@code services/classification/corpus/}): its items, the concern each stands for
 * and the destinations its labels name. One reading of an item, whether it is classified in-process or
 * raised at the running intake, so the two are comparable.
 */
public final class Corpus {

    /** Items without answers are about an NHS trust (corpus README); this one stands for it. */
    public static final Provider DEFAULT_TRUST =
            new Provider(ProviderKind.NHS_TRUST, "R0A", "Manchester University NHS Foundation Trust", null);

    /** Bodies outside the provider's own system: the national bodies and the professional regulators. */
    public static final Set<Destination> EXTERNAL =
            EnumSet.complementOf(EnumSet.of(Destination.TRUST_BOARD, Destination.ICS_QUALITY_GROUP));

    /**
     * Items in the order of their ids' numbers ({@code dev-99} before {@code dev-100}), which training reads
     * them in, so that the same corpus trains the same weights whatever order its lines are in.
     */
    public static final Comparator<JsonNode> BY_ID_NUMBER =
            Comparator.comparingLong(item -> Long.parseLong(id(item).replaceAll("\\D", "")));

    /** When the in-process evaluation says each concern was raised and classified. */
    static final Instant EVALUATED_AT = Instant.parse("2026-11-26T12:00:00Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Corpus() {}

    /** The corpus directory of the repository at {@code repository}. */
    public static Path directory(Path repository) {
        return repository.resolve("services/classification/corpus");
    }

    /** The items of one split's file ({@code dev.jsonl}), one JSON object a line. */
    public static List<JsonNode> read(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> !line.isBlank())
                    .map(JSON::readTree)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The development items of the repository at {@code repository} with these ids, in the file's order. */
    public static List<JsonNode> devItems(Path repository, Collection<String> ids) {
        return read(directory(repository).resolve("dev.jsonl")).stream()
                .filter(item -> ids.contains(id(item)))
                .toList();
    }

    /** The item's id, such as {@code dev-001}. */
    public static String id(JsonNode item) {
        return item.path("id").asString();
    }

    /** The concern as intake would have raised it: the item's text and its answers, if it has any. */
    public static ConcernRaisedV1 concern(JsonNode item) {
        JsonNode answers = item.path("answers");
        JsonNode provider = answers.path("provider");
        JsonNode raised = answers.path("raisedBefore");
        return new ConcernRaisedV1(
                UUID.nameUUIDFromBytes(id(item).getBytes(StandardCharsets.UTF_8)),
                "QC-2026-000001",
                EVALUATED_AT,
                provider.isObject()
                        ? new Provider(
                                ProviderKind.valueOf(provider.path("kind").asString()),
                                textOrNull(provider.path("odsCode")),
                                provider.path("name").asString(),
                                textOrNull(provider.path("icbCode")))
                        : DEFAULT_TRUST,
                null,
                Occurred.unknown(),
                item.path("text").asString(),
                answers.path("affected")
                        .valueStream()
                        .map(a -> AffectedPerson.valueOf(a.asString()))
                        .toList(),
                answers.path("reportedHarm").isString()
                        ? HarmLevel.valueOf(answers.path("reportedHarm").asString())
                        : HarmLevel.UNKNOWN,
                answers.path("immediateDanger").asBoolean(),
                answers.path("professionals")
                        .valueStream()
                        .map(p -> new Professional(
                                ProfessionalRole.valueOf(p.path("role").asString()), null))
                        .toList(),
                raised.isObject()
                        ? new RaisedBefore(
                                raised.path("routes")
                                        .valueStream()
                                        .map(r -> RaisedRoute.valueOf(r.asString()))
                                        .toList(),
                                raised.path("finalResponseOn").isString()
                                        ? LocalDate.parse(
                                                raised.path("finalResponseOn").asString())
                                        : null)
                        : RaisedBefore.notRaised(),
                IdentityChoice.ANONYMOUS);
    }

    /** Whether the item carries the form's answers, or only its text. */
    public static boolean hasAnswers(JsonNode item) {
        return item.path("answers").isObject();
    }

    /**
     * The destinations a set of labels names. A concern labelled for triage goes to no external body, but
     * its provider's board is told at once (the trust board never waits for triage), so that route is
     * expected too.
     */
    public static Set<Destination> labelledDestinations(JsonNode labels, Provider provider) {
        Set<Destination> destinations = enums(labels.path("destinations"), Destination.class);
        if (labels.path("triage").asBoolean() && provider.kind().hasBoard()) {
            destinations.add(Destination.TRUST_BOARD);
        }
        return destinations;
    }

    static <E extends Enum<E>> Set<E> enums(JsonNode array, Class<E> type) {
        return array.valueStream()
                .map(v -> Enum.valueOf(type, v.asString()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static @Nullable String textOrNull(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    /**
     * The version of a model of {@code kind} ({@code terms}) trained on a corpus file beside a taxonomy: the
     * taxonomy's version under the kind's name, then the first eight hex digits of the file's SHA-256, so a model
     * trained on other concerns has another name ({@code terms-2026.22-ca8f4753}).
     */
    static String modelVersion(String kind, String taxonomyVersion, Path corpus) {
        return taxonomyVersion.replace("taxonomy-", kind + "-") + "-" + digest(corpus);
    }

    /** Where a model trained on a corpus file says it learnt, relative to the corpus directory's parent. */
    static String source(Path corpus) {
        return "corpus/" + corpus.getFileName();
    }

    private static String digest(Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
