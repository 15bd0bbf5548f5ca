package org.candour.classification.analysis.taxonomyfile;

import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.candour.classification.analysis.Classifier;
import org.candour.classification.analysis.CueGroup;
import org.candour.classification.analysis.DomainReader;
import org.candour.classification.analysis.FitnessToPractise;
import org.candour.classification.analysis.InvalidTaxonomyException;
import org.candour.classification.analysis.ReporterStanding;
import org.candour.classification.analysis.Taxonomy;
import org.candour.classification.analysis.TaxonomyDefinition;
import org.candour.classification.analysis.TaxonomyDefinition.FitnessToPractiseCues;
import org.candour.classification.analysis.TaxonomyDefinition.ImpliedDomain;
import org.candour.classification.analysis.TaxonomyDefinition.Language;
import org.candour.classification.analysis.TaxonomyDefinition.Negation;
import org.candour.classification.analysis.TaxonomyDefinition.Vocabulary;
import org.candour.classification.analysis.TermReader;
import org.candour.classification.analysis.WordVectors;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernSignal;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a taxonomy file into a {@link Taxonomy}. Strict on purpose: a misspelt field, value or role
 * would otherwise silently drop cues, so every such mistake stops the service with a message that
 * names the file and the entry to fix.
 */
public final class TaxonomyLoader {

    private static final double DEFAULT_WEIGHT = 1.0;

    /** The file of the learnt domain reader beside a taxonomy file (ADR 0028). */
    public static final String DOMAIN_MODEL = "domain-model.json";

    /** The file of the learnt term reader beside a taxonomy file (ADR 0030). */
    public static final String TERM_MODEL = "term-model.json";

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * For the model files, which training writes whole: every field is required, and none may be null, nor any
     * weight of a map. {@link #STRICT} alone refuses only a number left out (the taxonomy file has optional
     * fields); a name or map left out would be read as null and fail later, naming neither file nor field.
     */
    private static final JsonMapper MODEL = STRICT.rebuild()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
            .build();

    private TaxonomyLoader() {}

    /**
     * @param file the taxonomy file, e.g. {@code classpath:taxonomy/taxonomy.json}
     * @throws InvalidTaxonomyException if the file is missing or is not a valid taxonomy
     */
    public static Taxonomy load(Resource file) {
        String name = file.getDescription();
        try (InputStream in = file.getInputStream()) {
            return new Taxonomy(definition(STRICT.readValue(in, TaxonomyFile.class)));
        } catch (IOException e) {
            throw new InvalidTaxonomyException("Cannot read the taxonomy " + name + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new InvalidTaxonomyException(
                    "Taxonomy " + name + " is not valid: " + e.getOriginalMessage() + at(e.getLocation()), e);
        } catch (InvalidTaxonomyException e) {
            // Not chained: start-up logs end with the root cause, and that must name the file.
            throw new InvalidTaxonomyException("Taxonomy " + name + " is not valid: " + e.getMessage());
        }
    }

    /**
     * The classifier of a taxonomy file: its rules, the learnt domain reader when a {@value #DOMAIN_MODEL} lies
     * beside it, and the learnt term reader when a {@value #TERM_MODEL} does (a taxonomy a quality lead keeps
     * elsewhere classifies by its rules alone until the models are trained for it, and so does one given other
     * than as a file or class-path resource).
     *
     * @throws InvalidTaxonomyException if a file is not valid, or a model was trained beside another taxonomy
     */
    public static Classifier classifier(Resource file) {
        Taxonomy taxonomy = load(file);
        DomainReader domains =
                beside(file, DOMAIN_MODEL, in -> new DomainReader(readDomainModel(in), WordVectors.bundled()));
        TermReader terms = beside(file, TERM_MODEL, in -> new TermReader(readTermModel(in)));
        try {
            return new Classifier(taxonomy, domains, terms);
        } catch (IllegalArgumentException e) {
            throw new InvalidTaxonomyException(
                    "A model beside " + file.getDescription() + " does not fit it: " + e.getMessage(), e);
        }
    }

    /** What a model file beside the taxonomy file reads as; null when there is none. */
    private static <T> @Nullable T beside(Resource taxonomy, String name, Function<InputStream, T> read) {
        Resource model;
        try {
            model = taxonomy.createRelative(name);
        } catch (IOException e) {
            // A taxonomy given as bytes, not a file or a class-path resource, has nothing beside it.
            return null;
        }
        if (!model.exists()) {
            return null;
        }
        try (InputStream in = model.getInputStream()) {
            return read.apply(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidTaxonomyException(
                    "The model " + model.getDescription() + " is not valid: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a domain model file ({@value #DOMAIN_MODEL}); unknown, repeated or missing fields are errors.
     *
     * @throws IllegalArgumentException naming where the file is not valid
     */
    public static DomainReader.Model readDomainModel(InputStream file) {
        return readModel(file, DomainReader.Model.class, "domain");
    }

    /**
     * Reads a term model file ({@value #TERM_MODEL}); unknown, repeated or missing fields are errors.
     *
     * @throws IllegalArgumentException naming where the file is not valid
     */
    public static TermReader.Model readTermModel(InputStream file) {
        return readModel(file, TermReader.Model.class, "term");
    }

    private static <T> T readModel(InputStream file, Class<T> type, String kind) {
        try {
            return MODEL.readValue(file, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "the " + kind + " model file is not valid at " + e.getPathReference() + ": "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    private static TaxonomyDefinition definition(TaxonomyFile file) {
        NegationEntry negation = required(file.negation(), "\"negation\" is missing");
        LanguageEntry language = required(file.language(), "\"language\" is missing");
        FitnessEntry fitness = required(file.fitnessToPractise(), "\"fitnessToPractise\" is missing");
        Map<String, ProfessionalRole> abbreviations = new LinkedHashMap<>();
        required(file.abbreviations(), "\"abbreviations\" is missing").forEach((abbreviation, role) -> {
            if (abbreviation.isBlank()) {
                throw new InvalidTaxonomyException("abbreviations has an empty abbreviation");
            }
            abbreviations.put(
                    abbreviation,
                    known(
                            ProfessionalRole.class,
                            required(role, "abbreviations " + abbreviation + " has no role"),
                            "role for abbreviation " + abbreviation));
        });
        return new TaxonomyDefinition(
                required(file.version(), "\"version\" is missing"),
                required(file.triageThreshold(), "\"triageThreshold\" is missing"),
                required(file.formAnswerConfidence(), "\"formAnswerConfidence\" is missing"),
                new Negation(
                        required(negation.window(), "negation.window is missing"),
                        words(negation.cues(), "negation.cues"),
                        words(negation.scopeEnds(), "negation.scopeEnds")),
                new Language(
                        required(language.minimumContentWords(), "language.minimumContentWords is missing"),
                        required(language.minimumLatinShare(), "language.minimumLatinShare is missing"),
                        required(language.minimumWords(), "language.minimumWords is missing"),
                        required(language.minimumFunctionWordShare(), "language.minimumFunctionWordShare is missing"),
                        words(language.functionWords(), "language.functionWords")),
                section(file.domains(), QualityDomain.class, "domains"),
                section(file.physicalHarm(), HarmLevel.class, "physicalHarm"),
                section(file.psychologicalHarm(), HarmLevel.class, "psychologicalHarm"),
                section(file.incidentCategories(), IncidentCategory.class, "incidentCategories"),
                section(file.roles(), ProfessionalRole.class, "roles"),
                abbreviations,
                new FitnessToPractiseCues(
                        required(fitness.threshold(), "fitnessToPractise.threshold is missing"),
                        required(fitness.seriousHarmWeight(), "fitnessToPractise.seriousHarmWeight is missing"),
                        section(fitness.cues(), FitnessToPractise.class, "fitnessToPractise.cues")),
                section(file.complaintStatus(), ComplaintStatus.class, "complaintStatus"),
                section(file.reporter(), ReporterStanding.class, "reporter"),
                section(file.signals(), ConcernSignal.class, "signals"),
                file.secondaryDomainMinimum() == null ? 0 : file.secondaryDomainMinimum(),
                file.secondaryDomainShare() == null ? 0 : file.secondaryDomainShare(),
                signalMinimums(file.signalMinimums()),
                // Optional; one ordinary phrase ("made a complaint") when the file does not say.
                file.complaintMinimum() == null ? 1 : file.complaintMinimum(),
                implied(file.impliedDomains()),
                vocabularies(required(file.vocabularies(), "\"vocabularies\" is missing")));
    }

    /**
     * The {@code vocabularies}: each a {@code note} for people and one of {@code words}, {@code phrases}, {@code
     * kinds} (lists by kind of service) or {@code groups} (lists by domain). Which the rules need, and what each
     * entry may be, the taxonomy checks.
     */
    private static Map<String, Vocabulary> vocabularies(Map<String, @Nullable VocabularyEntry> entries) {
        Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
        entries.forEach((name, entry) -> {
            VocabularyEntry present = required(entry, "vocabularies " + name + " is empty");
            List<String> forms = new ArrayList<>();
            if (present.words() != null) {
                forms.add("words");
            }
            if (present.phrases() != null) {
                forms.add("phrases");
            }
            if (present.kinds() != null) {
                forms.add("kinds");
            }
            if (present.groups() != null) {
                forms.add("groups");
            }
            if (forms.size() != 1) {
                throw new InvalidTaxonomyException("vocabularies " + name
                        + " needs one of \"words\", \"phrases\", \"kinds\" or \"groups\""
                        + (forms.isEmpty() ? "" : ", not " + forms));
            }
            String form = forms.getFirst();
            String where = "vocabularies " + name;
            vocabularies.put(
                    name,
                    switch (form) {
                        case "words" -> new Vocabulary(form, entries(present.words(), where), Map.of());
                        case "phrases" -> new Vocabulary(form, entries(present.phrases(), where), Map.of());
                        default ->
                            new Vocabulary(
                                    form,
                                    List.of(),
                                    lists(form.equals("kinds") ? present.kinds() : present.groups(), where));
                    });
        });
        return vocabularies;
    }

    private static List<String> entries(@Nullable List<@Nullable String> list, String where) {
        List<String> entries = new ArrayList<>();
        for (String entry : required(list, where + " is missing")) {
            entries.add(required(entry, where + " has an empty entry"));
        }
        return entries;
    }

    private static Map<String, List<String>> lists(
            @Nullable Map<String, @Nullable List<@Nullable String>> lists, String where) {
        Map<String, List<String>> present = new LinkedHashMap<>();
        required(lists, where + " is missing")
                .forEach((key, list) -> present.put(key, entries(list, where + " \"" + key + "\"")));
        return present;
    }

    /** The optional {@code impliedDomains} list: {@code {"when": "signals CONCEALMENT", "domain": "WELL_LED"}}. */
    private static List<ImpliedDomain> implied(@Nullable List<@Nullable ImpliedEntry> entries) {
        List<ImpliedDomain> implied = new ArrayList<>();
        if (entries == null) {
            return implied;
        }
        for (ImpliedEntry entry : entries) {
            ImpliedEntry present = required(entry, "impliedDomains has an empty entry");
            String when = required(present.when(), "impliedDomains: an entry has no \"when\"")
                    .strip();
            String[] parts = when.split("\\s+");
            if (parts.length != 2) {
                throw new InvalidTaxonomyException("impliedDomains \"" + when
                        + "\": \"when\" must be a section and a value, e.g. \"signals CONCEALMENT\"");
            }
            Enum<?> value = switch (parts[0]) {
                case "signals" -> known(ConcernSignal.class, parts[1], "value in impliedDomains \"" + when + "\"");
                case "incidentCategories" ->
                    known(IncidentCategory.class, parts[1], "value in impliedDomains \"" + when + "\"");
                case "fitnessToPractise" ->
                    known(FitnessToPractise.class, parts[1], "value in impliedDomains \"" + when + "\"");
                default ->
                    throw new InvalidTaxonomyException("impliedDomains \"" + when + "\": unknown section \"" + parts[0]
                            + "\"; known: [signals, incidentCategories, fitnessToPractise]");
            };
            QualityDomain domain = known(
                    QualityDomain.class,
                    required(present.domain(), "impliedDomains \"" + when + "\" has no domain"),
                    "domain in impliedDomains \"" + when + "\"");
            implied.add(new ImpliedDomain(
                    value,
                    domain,
                    present.weight() == null ? DEFAULT_WEIGHT : present.weight(),
                    required(present.suggests(), "impliedDomains \"" + when + "\" has no \"suggests\"")));
        }
        return implied;
    }

    private static <E extends Enum<E>> Map<E, List<CueGroup>> section(
            @Nullable Map<String, @Nullable List<@Nullable GroupEntry>> entries, Class<E> type, String section) {
        Map<E, List<CueGroup>> groups = new EnumMap<>(type);
        required(entries, "\"" + section + "\" is missing").forEach((name, list) -> {
            E value = known(type, name, "value in " + section);
            List<CueGroup> cueGroups = new ArrayList<>();
            for (GroupEntry group : required(list, section + " " + name + " has no groups")) {
                String suggests = required(group, section + " " + name + " has an empty group")
                        .suggests();
                String where = section + " " + name + ", group \"" + suggests + "\"";
                cueGroups.add(new CueGroup(
                        required(suggests, section + " " + name + ": a group has no \"suggests\""),
                        group.weight() == null ? DEFAULT_WEIGHT : group.weight(),
                        words(group.phrases(), where)));
            }
            groups.put(value, cueGroups);
        });
        return groups;
    }

    private static List<String> words(@Nullable List<@Nullable String> phrases, String where) {
        List<String> present = new ArrayList<>();
        for (String phrase : required(phrases, where + " has no phrases")) {
            if (phrase == null || phrase.isBlank()) {
                throw new InvalidTaxonomyException(where + " has an empty phrase");
            }
            present.add(phrase);
        }
        return present;
    }

    /** The optional {@code signalMinimums}: {@code {"CONCEALMENT": 1}}; a signal left out needs any cue. */
    private static Map<ConcernSignal, Double> signalMinimums(@Nullable Map<String, @Nullable Double> entries) {
        Map<ConcernSignal, Double> minimums = new EnumMap<>(ConcernSignal.class);
        if (entries != null) {
            entries.forEach((name, minimum) -> minimums.put(
                    known(ConcernSignal.class, name, "value in signalMinimums"),
                    required(minimum, "signalMinimums " + name + " has no value")));
        }
        return minimums;
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new InvalidTaxonomyException(
                    "unknown " + what + " \"" + name + "\"; known: " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static <T> T required(@Nullable T value, String otherwise) {
        if (value == null) {
            throw new InvalidTaxonomyException(otherwise);
        }
        return value;
    }

    private static String at(@Nullable TokenStreamLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The file as quality leads write it; {@code about} and {@code note} are for people only. */
    private record TaxonomyFile(
            @Nullable String version,
            @Nullable List<String> about,
            @Nullable Double triageThreshold,
            @Nullable Double formAnswerConfidence,
            @Nullable NegationEntry negation,
            @Nullable LanguageEntry language,
            @Nullable Map<String, @Nullable List<@Nullable GroupEntry>> domains,
            @Nullable Map<String, @Nullable List<@Nullable GroupEntry>> physicalHarm,
            @Nullable Map<String, @Nullable List<@Nullable GroupEntry>> psychologicalHarm,
            @Nullable Map<String, @Nullable List<@Nullable GroupEntry>> incidentCategories,
            @Nullable Map<String, @Nullable List<@Nullable GroupEntry>> roles,
            @Nullable Map<String, @Nullable String> abbreviations,
            @Nullable FitnessEntry fitnessToPractise,
            @Nullable Map<String, @Nullable List<@Nullable GroupEntry>> complaintStatus,
            @Nullable Map<String, @Nullable List<@Nullable GroupEntry>> reporter,
            @Nullable Map<String, @Nullable List<@Nullable GroupEntry>> signals,
            @Nullable Double secondaryDomainMinimum,
            @Nullable Double secondaryDomainShare,
            @Nullable Map<String, @Nullable Double> signalMinimums,
            @Nullable Double complaintMinimum,
            @Nullable List<@Nullable ImpliedEntry> impliedDomains,
            @Nullable Map<String, @Nullable VocabularyEntry> vocabularies) {}

    private record VocabularyEntry(
            @Nullable String note,
            @Nullable List<@Nullable String> words,
            @Nullable List<@Nullable String> phrases,
            @Nullable Map<String, @Nullable List<@Nullable String>> kinds,
            @Nullable Map<String, @Nullable List<@Nullable String>> groups) {}

    private record ImpliedEntry(
            @Nullable String when,
            @Nullable String domain,
            @Nullable Double weight,
            @Nullable String suggests,
            @Nullable String note) {}

    private record NegationEntry(
            @Nullable Integer window,
            @Nullable String note,
            @Nullable List<@Nullable String> cues,
            @Nullable List<@Nullable String> scopeEnds) {}

    private record LanguageEntry(
            @Nullable String note,
            @Nullable Integer minimumContentWords,
            @Nullable Double minimumLatinShare,
            @Nullable Integer minimumWords,
            @Nullable Double minimumFunctionWordShare,
            @Nullable List<@Nullable String> functionWords) {}

    private record FitnessEntry(
            @Nullable String note,
            @Nullable Double threshold,
            @Nullable Double seriousHarmWeight,
            @Nullable Map<String, @Nullable List<@Nullable GroupEntry>> cues) {}

    private record GroupEntry(
            @Nullable String suggests,
            @Nullable Double weight,
            @Nullable String note,
            @Nullable List<@Nullable String> phrases) {}
}
