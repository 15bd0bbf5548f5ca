package org.candour.delivery.webhook;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redacts identifiers from free text before it leaves the trust: NHS numbers (10 digits, also
 * written 3-3-4 with spaces or dashes), UK phone numbers, email addresses, postcodes, National
 * Insurance numbers, dates of birth (after "DOB", "d.o.b.", "date of birth", "born on") and hospital
 * or MRN numbers (after "MRN", "hospital number", "hosp no"). Each becomes a bracketed label:
 * "[NHS number]", "[phone number]", "[email]", "[postcode]", "[NI number]", "[date of birth]",
 * "[hospital number]". Ordinary numbers ("28 pts", "10 units", "0200", "NEWS 7", "bed 12") are kept,
 * and so are dates that are not introduced as a date of birth (the date of an incident is needed).
 *
 * <p>It errs towards redacting: any run of ten digits is taken for an NHS number, whether or not
 * its check digit is right, because a mistyped NHS number still identifies a patient.
 */
public final class IdentifierRedactor {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static final String DATE = "(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}"
            + "|\\d{4}-\\d{1,2}-\\d{1,2}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{2,4}"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{2,4})";

    /** Each kind, in the order they are applied: the introduced kinds first, numbers last. */
    private static final List<Rule> RULES = List.of(
            // Started only at the start of a word and bounded as RFC 5321 bounds it, so that a long run of
            // letters cannot make the search slow.
            new Rule("[email]", "(?<![\\w.%+-])[\\w.%+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}"),
            new Rule(
                    "[date of birth]",
                    "(\\b(?:dob|d\\.o\\.b\\.?|date\\s+of\\s+birth|born(?:\\s+on)?)\\s*(?:[:\\-]|is|was)?\\s*)"
                            + DATE
                            + "(?!\\d)"),
            new Rule(
                    "[hospital number]",
                    "(\\b(?:mrn|m\\.r\\.n\\.?|hosp(?:ital|\\.)?\\s*(?:number|num\\.?|no\\.?|#))"
                            + "\\s*(?:[:#\\-]|is|was)?\\s*)"
                            + "[a-z]{0,4}\\s?\\d[a-z0-9/-]{2,}"),
            new Rule("[NI number]", "(?<![\\w])[a-z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[a-d](?!\\w)"),
            new Rule(
                    "[phone number]",
                    "(?<![\\w+])(?:\\+\\s?44\\s?(?:\\(0\\)\\s?)?|0044\\s?(?:\\(0\\)\\s?)?|\\(0|0)"
                            + "\\d(?:[ -]?\\)?[ -]?\\d){8,9}(?![\\w])"),
            new Rule("[NHS number]", "(?<![\\w+])\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?![\\w])"),
            new Rule("[postcode]", "\\b(?:[a-z]{1,2}\\d[a-z\\d]?|gir)\\s?\\d[a-z]{2}\\b"));

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private IdentifierRedactor() {}

    /** The text with every identifier replaced by its label. */
    public static String redact(String text) {
        String redacted = text;
        for (Rule rule : RULES) {
            redacted = rule.apply(redacted);
        }
        return redacted;
    }

    /**
     * The redacted text on one line, cut at a word boundary to at most {@code maxCharacters}, with
     * "…" when it was cut. A label is never cut in half.
     */
    public static String summary(String text, int maxCharacters) {
        if (maxCharacters < 2) {
            throw new IllegalArgumentException("A summary needs room for at least 2 characters, not " + maxCharacters);
        }
        String redacted = WHITESPACE.matcher(redact(text)).replaceAll(" ").strip();
        if (redacted.length() <= maxCharacters) {
            return redacted;
        }
        int limit = maxCharacters - 1;
        int cut = limit;
        if (!Character.isWhitespace(redacted.charAt(limit))) {
            int space = redacted.lastIndexOf(' ', limit);
            cut = space > 0 ? space : limit;
        }
        int openLabel = redacted.lastIndexOf('[', cut - 1);
        if (openLabel >= 0 && redacted.indexOf(']', openLabel) >= cut) {
            cut = openLabel;
        }
        if (cut > 0 && Character.isHighSurrogate(redacted.charAt(cut - 1))) {
            cut--;
        }
        String kept = redacted.substring(0, cut).stripTrailing();
        while (!kept.isEmpty() && ",;:-–—".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
            kept = kept.substring(0, kept.length() - 1).stripTrailing();
        }
        return kept + "…";
    }

    private record Rule(String label, Pattern pattern) {

        Rule(String label, String regex) {
            this(label, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        /** Replaces each match by the label, keeping the words that introduced it (group 1). */
        String apply(String text) {
            Matcher matcher = pattern.matcher(text);
            return matcher.replaceAll(match -> Matcher.quoteReplacement(
                    (match.groupCount() > 0 && match.group(1) != null ? match.group(1) : "") + label));
        }
    }
}
