package org.candour.classification.tagging;

import static java.util.Comparator.comparingDouble;
import static java.util.Comparator.comparingInt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.candour.events.ConcernClassifiedV1.DomainTag;
import org.candour.events.ConcernClassifiedV1.HarmGrade;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;

/**
 * The rules that tag a concern by quality domain and grade its harm from the words of its
 * description, taking the harm the reporter chose when the words say nothing of harm. The cue phrases
 * are data, written by quality leads (see {@code tagging-policy.json}); this class holds only how they
 * are applied.
 */
public final class TaggingPolicy {

    static final String NO_DOMAIN_CUE = "no domain cue matched; needs a person to confirm";
    static final String NO_HARM_CUE = "no harm cue matched; harm not stated";

    static final String REPORTED_HARM = "the reporter said the harm was ";

    /** Confidence when no cue supports a tag: low enough that a person always confirms it. */
    static final double NO_CUE_CONFIDENCE = 0.2;

    /**
     * Confidence of the harm the reporter chose when their words give no harm cue: their own judgement
     * counts as much as one ordinary cue, enough to act on but not yet confirmed by a person.
     */
    static final double REPORTED_HARM_CONFIDENCE = 0.5;

    /** When domains score the same, the earlier one here is primary: safety first. */
    private static final List<QualityDomain> TIE_ORDER = List.of(
            QualityDomain.SAFE,
            QualityDomain.EFFECTIVE,
            QualityDomain.EXPERIENCE,
            QualityDomain.WELL_LED,
            QualityDomain.SUSTAINABLE,
            QualityDomain.EQUITABLE);

    /** Most severe first. UNKNOWN is not on the scale: it is what is left when no harm cue matches. */
    private static final List<HarmLevel> MOST_SEVERE_FIRST =
            List.of(HarmLevel.DEATH, HarmLevel.SEVERE, HarmLevel.MODERATE, HarmLevel.LOW, HarmLevel.NONE);

    /** LOW and above: someone was harmed, as opposed to no harm or harm not stated. */
    private static final Set<HarmLevel> HARM_THAT_HAPPENED =
            Set.of(HarmLevel.LOW, HarmLevel.MODERATE, HarmLevel.SEVERE, HarmLevel.DEATH);

    private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");

    private final String version;
    private final double triageThreshold;
    private final Map<QualityDomain, List<Cue>> domainCues = new EnumMap<>(QualityDomain.class);
    private final Map<HarmLevel, List<Cue>> harmCues = new EnumMap<>(HarmLevel.class);

    /**
     * @param version names this policy in every classification it makes, e.g. {@code tagging-2026.1}
     * @param domains the cue groups of every quality domain
     * @param harm the cue phrases of every harm level except UNKNOWN
     * @param triageThreshold a primary domain confidence below this asks a person to confirm
     * @throws InvalidTaggingPolicyException if a domain or level has no phrases, a phrase is blank
     *     or repeated, a weight is not positive, or the threshold is outside 0 to 1
     */
    public TaggingPolicy(
            String version,
            Map<QualityDomain, List<CueGroup>> domains,
            Map<HarmLevel, List<String>> harm,
            double triageThreshold) {
        if (version.isBlank()) {
            throw new InvalidTaggingPolicyException("version must not be blank");
        }
        if (!(triageThreshold >= 0 && triageThreshold <= 1)) {
            throw new InvalidTaggingPolicyException("triage threshold must be between 0 and 1, was " + triageThreshold);
        }
        this.version = version;
        this.triageThreshold = triageThreshold;
        for (QualityDomain domain : TIE_ORDER) {
            domainCues.put(domain, domainCues(domain, domains.getOrDefault(domain, List.of())));
        }
        if (harm.containsKey(HarmLevel.UNKNOWN)) {
            throw new InvalidTaggingPolicyException(
                    "harm level UNKNOWN takes no phrases: it is the grade when no other level matches");
        }
        Set<String> harmPhrases = new HashSet<>();
        for (HarmLevel level : MOST_SEVERE_FIRST) {
            List<String> phrases = harm.getOrDefault(level, List.of());
            String where = "harm level " + level;
            if (phrases.isEmpty()) {
                throw new InvalidTaggingPolicyException(where + " has no phrases");
            }
            List<Cue> cues = new ArrayList<>();
            for (String phrase : phrases) {
                if (!harmPhrases.add(normalised(phrase))) {
                    throw new InvalidTaggingPolicyException(
                            where + ": phrase \"" + phrase + "\" appears more than once in harm");
                }
                cues.add(Cue.of(phrase, 1, harmSuggestion(level), where));
            }
            harmCues.put(level, List.copyOf(cues));
        }
    }

    private static List<Cue> domainCues(QualityDomain domain, List<CueGroup> groups) {
        if (groups.stream().allMatch(group -> group.phrases().isEmpty())) {
            throw new InvalidTaggingPolicyException("domain " + domain + " has no phrases");
        }
        Set<String> seen = new HashSet<>();
        List<Cue> cues = new ArrayList<>();
        for (CueGroup group : groups) {
            String where = "domain " + domain + ", group \"" + group.suggests() + "\"";
            if (group.suggests().isBlank()) {
                throw new InvalidTaggingPolicyException(
                        "domain " + domain + ": every group needs to say what it suggests");
            }
            if (!(group.weight() > 0 && group.weight() <= 10)) {
                throw new InvalidTaggingPolicyException(
                        where + ": weight must be above 0 and at most 10, was " + group.weight());
            }
            if (group.phrases().isEmpty()) {
                throw new InvalidTaggingPolicyException(where + " has no phrases");
            }
            for (String phrase : group.phrases()) {
                if (!seen.add(normalised(phrase))) {
                    throw new InvalidTaggingPolicyException(
                            where + ": phrase \"" + phrase + "\" appears more than once in " + domain);
                }
                cues.add(Cue.of(phrase, group.weight(), domain + " (" + group.suggests() + ")", where));
            }
        }
        return List.copyOf(cues);
    }

    public String version() {
        return version;
    }

    /**
     * Tags one concern.
     *
     * @param description what happened, in the reporter's words; it is read here, never quoted whole
     * @param immediateDanger whether the reporter said someone is in danger now
     * @param reportedHarm how badly, as the reporter judged it; the grade when the words give no harm cue
     */
    public Tags tag(String description, boolean immediateDanger, HarmLevel reportedHarm) {
        HarmGrade harm = gradeHarm(description, reportedHarm);
        boolean urgent = immediateDanger || harm.level() == HarmLevel.SEVERE || harm.level() == HarmLevel.DEATH;
        List<DomainScore> scores = TIE_ORDER.stream()
                .map(domain -> new DomainScore(domain, matches(domainCues.get(domain), description)))
                .filter(score -> !score.matches().isEmpty())
                .sorted(comparingDouble(DomainScore::score)
                        .reversed()
                        .thenComparing(comparingInt(score -> TIE_ORDER.indexOf(score.domain()))))
                .toList();
        if (scores.isEmpty()) {
            // Without a domain cue, harm that happened or danger now makes it a safety question until a person says
            // otherwise.
            QualityDomain primary = immediateDanger || HARM_THAT_HAPPENED.contains(harm.level())
                    ? QualityDomain.SAFE
                    : QualityDomain.EXPERIENCE;
            DomainTag guess = new DomainTag(primary, NO_CUE_CONFIDENCE, List.of(NO_DOMAIN_CUE));
            return new Tags(version, primary, List.of(guess), harm, urgent, true);
        }
        List<DomainTag> domains = scores.stream()
                .map(score -> new DomainTag(score.domain(), confidence(score.matches()), evidence(score.matches())))
                .toList();
        boolean needsTriage = domains.getFirst().confidence() < triageThreshold;
        return new Tags(version, domains.getFirst().domain(), domains, harm, urgent, needsTriage);
    }

    private HarmGrade gradeHarm(String description, HarmLevel reportedHarm) {
        for (HarmLevel level : MOST_SEVERE_FIRST) {
            List<Match> matches = matches(harmCues.get(level), description);
            if (!matches.isEmpty()) {
                return new HarmGrade(level, confidence(matches), evidence(matches));
            }
        }
        if (reportedHarm != HarmLevel.UNKNOWN) {
            return new HarmGrade(reportedHarm, REPORTED_HARM_CONFIDENCE, List.of(REPORTED_HARM + reportedHarm.name()));
        }
        return new HarmGrade(HarmLevel.UNKNOWN, NO_CUE_CONFIDENCE, List.of(NO_HARM_CUE));
    }

    private static List<Match> matches(List<Cue> cues, String description) {
        return cues.stream()
                .flatMap(cue -> cue.findIn(description).stream())
                .sorted(comparingInt(Match::position))
                .toList();
    }

    /**
     * Confidence {@code s / (s + 1)}, where {@code s} is the summed weight of the distinct phrases
     * matched. Why this shape: no evidence gives 0; one ordinary phrase (weight 1) gives exactly 0.5,
     * the default triage threshold, so one ordinary cue is just enough to skip triage while one weak
     * cue (weight 0.5 gives 0.33) is not; each further phrase adds less than the one before (2 gives
     * 0.67, 3 gives 0.75), because words on one theme are not independent proof; and words alone
     * never reach certainty. A phrase counts once however often it appears, so repeating a word does
     * not raise the confidence. Rounded to two places so that what is published is what decided.
     */
    private static double confidence(List<Match> matches) {
        double score = score(matches);
        return Math.round(score / (score + 1) * 100) / 100.0;
    }

    private static double score(List<Match> matches) {
        return matches.stream().mapToDouble(match -> match.cue().weight()).sum();
    }

    private static List<String> evidence(List<Match> matches) {
        return matches.stream()
                .map(match ->
                        "\"" + match.words() + "\" suggests " + match.cue().suggests())
                .toList();
    }

    private static String harmSuggestion(HarmLevel level) {
        return switch (level) {
            case NONE -> "no harm (NONE)";
            case DEATH -> "death (DEATH)";
            default -> level.name() + " harm";
        };
    }

    private static String normalised(String phrase) {
        return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "TaggingPolicy " + version;
    }

    private record DomainScore(QualityDomain domain, List<Match> matches) {
        double score() {
            return TaggingPolicy.score(matches);
        }
    }

    private record Match(Cue cue, String words, int position) {}

    /** One phrase, compiled once: whole words, any case, a trailing {@code *} standing for any ending. */
    private record Cue(String phrase, double weight, String suggests, Pattern pattern) {

        static Cue of(String phrase, double weight, String suggests, String where) {
            if (!WORD_CHARACTER.matcher(phrase).find()) {
                throw new InvalidTaggingPolicyException(where + ": phrase \"" + phrase + "\" has no words");
            }
            List<String> words = List.of(phrase.strip().split("\\s+"));
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                boolean anyEnding = word.endsWith("*");
                String literal = anyEnding ? word.substring(0, word.length() - 1) : word;
                if (literal.isEmpty() || literal.contains("*")) {
                    throw new InvalidTaggingPolicyException(
                            where + ": phrase \"" + phrase + "\" may use * only at the end of a word");
                }
                regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(literal));
                if (anyEnding) {
                    regex.append("[\\p{L}\\p{N}]*");
                }
            }
            regex.append("(?![\\p{L}\\p{N}])");
            Pattern pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new Cue(phrase, weight, suggests, pattern);
        }

        Optional<Match> findIn(String text) {
            Matcher matcher = pattern.matcher(text);
            if (!matcher.find()) {
                return Optional.empty();
            }
            String words = matcher.group().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            return Optional.of(new Match(this, words, matcher.start()));
        }
    }
}
