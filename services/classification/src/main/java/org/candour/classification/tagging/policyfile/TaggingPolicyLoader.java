package org.candour.classification.tagging.policyfile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.candour.classification.tagging.CueGroup;
import org.candour.classification.tagging.InvalidTaggingPolicyException;
import org.candour.classification.tagging.TaggingPolicy;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a tagging policy file into a {@link TaggingPolicy}. Strict on purpose: a misspelt field,
 * domain or level would otherwise silently drop rules, so every such mistake stops the service with a
 * message that names the file and what to fix.
 */
public final class TaggingPolicyLoader {

    private static final double DEFAULT_WEIGHT = 1.0;

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private TaggingPolicyLoader() {}

    /**
     * @param file the policy file, e.g. {@code classpath:policy/tagging-policy.json}
     * @param triageThreshold a primary domain confidence below this asks a person to confirm
     * @throws InvalidTaggingPolicyException if the file is missing or is not a valid policy
     */
    public static TaggingPolicy load(Resource file, double triageThreshold) {
        String name = file.getDescription();
        try (InputStream in = file.getInputStream()) {
            return policy(STRICT.readValue(in, PolicyFile.class), triageThreshold);
        } catch (IOException e) {
            throw new InvalidTaggingPolicyException(
                    "Cannot read the tagging policy " + name + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new InvalidTaggingPolicyException(
                    "Tagging policy " + name + " is not valid: " + e.getOriginalMessage() + at(e.getLocation()), e);
        } catch (InvalidTaggingPolicyException e) {
            // Not chained: start-up logs end with the root cause, and that must name the file.
            throw new InvalidTaggingPolicyException("Tagging policy " + name + " is not valid: " + e.getMessage());
        }
    }

    private static TaggingPolicy policy(PolicyFile file, double triageThreshold) {
        Map<QualityDomain, List<CueGroup>> domains = new EnumMap<>(QualityDomain.class);
        required(file.domains(), "\"domains\" is missing").forEach((name, groups) -> {
            QualityDomain domain = known(QualityDomain.class, name, "domain");
            List<CueGroup> cueGroups = new ArrayList<>();
            for (GroupEntry group : required(groups, "domain " + name + " has no groups")) {
                cueGroups.add(new CueGroup(
                        required(group.suggests(), "domain " + name + ": a group has no \"suggests\""),
                        group.weight() == null ? DEFAULT_WEIGHT : group.weight(),
                        phrases(group.phrases(), "domain " + name + ", group \"" + group.suggests() + "\"")));
            }
            domains.put(domain, cueGroups);
        });
        Map<HarmLevel, List<String>> harm = new EnumMap<>(HarmLevel.class);
        required(file.harm(), "\"harm\" is missing")
                .forEach((name, phrases) ->
                        harm.put(known(HarmLevel.class, name, "harm level"), phrases(phrases, "harm level " + name)));
        return new TaggingPolicy(required(file.version(), "\"version\" is missing"), domains, harm, triageThreshold);
    }

    private static List<String> phrases(@Nullable List<@Nullable String> phrases, String where) {
        List<String> present = new ArrayList<>();
        for (String phrase : required(phrases, where + " has no \"phrases\"")) {
            if (phrase == null || phrase.isBlank()) {
                throw new InvalidTaggingPolicyException(where + " has an empty phrase");
            }
            present.add(phrase);
        }
        return present;
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new InvalidTaggingPolicyException(
                    "unknown " + what + " \"" + name + "\"; known: " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static <T> T required(@Nullable T value, String otherwise) {
        if (value == null) {
            throw new InvalidTaggingPolicyException(otherwise);
        }
        return value;
    }

    private static String at(@Nullable TokenStreamLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The file as quality leads write it; {@code about} and {@code note} are for people only. */
    private record PolicyFile(
            @Nullable String version,
            @Nullable List<String> about,
            @Nullable Map<String, @Nullable List<GroupEntry>> domains,
            @Nullable Map<String, @Nullable List<@Nullable String>> harm) {}

    private record GroupEntry(
            @Nullable String suggests,
            @Nullable Double weight,
            @Nullable String note,
            @Nullable List<@Nullable String> phrases) {}
}
