package org.candour.intake.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a typed date means, read as the NHS date input pattern asks: say which part is missing or
 * wrong and highlight only that part. Whether the date is in the future or before the NHS began is
 * a rule of the concern itself, checked with the API's validator.
 */
sealed interface DateAnswer {

    enum Part {
        DAY,
        MONTH,
        YEAR;

        String inputSuffix() {
            return "-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Nothing was typed. */
    record Blank() implements DateAnswer {}

    record Valid(LocalDate date) implements DateAnswer {}

    /**
     * @param message what is wrong, in the words of the pattern
     * @param wrong the boxes to highlight
     */
    record Invalid(String message, Set<Part> wrong) implements DateAnswer {
        public Invalid {
            wrong = Set.copyOf(wrong);
        }
    }

    /**
     * Reads a typed date.
     *
     * @param typed the three boxes
     * @param name what the date is, as the start of a sentence, such as "Date it happened"
     */
    static DateAnswer read(DateParts typed, String name) {
        if (typed.isBlank()) {
            return new Blank();
        }
        List<Part> missing = new ArrayList<>();
        if (typed.day().isEmpty()) {
            missing.add(Part.DAY);
        }
        if (typed.month().isEmpty()) {
            missing.add(Part.MONTH);
        }
        if (typed.year().isEmpty()) {
            missing.add(Part.YEAR);
        }
        if (!missing.isEmpty()) {
            String parts = missing.stream()
                    .map(part -> part.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(" and "));
            return new Invalid(name + " must include a " + parts, EnumSet.copyOf(missing));
        }
        @Nullable Integer day = number(typed.day(), 31);
        @Nullable Integer month = month(typed.month());
        boolean yearValid = typed.year().matches("[0-9]{4}");
        if (day == null || month == null) {
            Set<Part> wrong = EnumSet.noneOf(Part.class);
            if (day == null) {
                wrong.add(Part.DAY);
            }
            if (month == null) {
                wrong.add(Part.MONTH);
            }
            if (!yearValid) {
                wrong.add(Part.YEAR);
            }
            return new Invalid(name + " must be a real date", wrong);
        }
        if (!yearValid) {
            return new Invalid("Year must include 4 numbers", EnumSet.of(Part.YEAR));
        }
        int year = Integer.parseInt(typed.year());
        try {
            return new Valid(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return new Invalid(
                    day + " " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year
                            + " is not a real date",
                    EnumSet.of(Part.DAY));
        }
    }

    private static @Nullable Integer number(String typed, int max) {
        if (!typed.matches("[0-9]{1,2}")) {
            return null;
        }
        int value = Integer.parseInt(typed);
        return value >= 1 && value <= max ? value : null;
    }

    /** A month as a number, or as its name or the first three letters of it ("Sept" too). */
    private static @Nullable Integer month(String typed) {
        Integer number = number(typed, 12);
        if (number != null) {
            return number;
        }
        String wanted = typed.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (wanted.equals(full)
                    || wanted.equals(full.substring(0, 3))
                    || (month == Month.SEPTEMBER && wanted.equals("sept"))) {
                return month.getValue();
            }
        }
        return null;
    }
}
