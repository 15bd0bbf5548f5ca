package org.candour.intake.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.candour.intake.form.DateAnswer.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAnswerTest {

    private static DateAnswer read(String day, String month, String year) {
        return DateAnswer.read(new DateParts(day, month, year), "Date it happened");
    }

    @Test
    void nothingTypedIsBlankSoThePageDecidesWhetherItWasNeeded() {
        assertThat(read("", " ", "")).isEqualTo(new DateAnswer.Blank());
    }

    @ParameterizedTest
    @CsvSource({
        "5, 3, 2026, 2026-03-05",
        "05, 03, 2026, 2026-03-05",
        "' 31 ', ' 12 ', ' 1999 ', 1999-12-31",
        "1, Mar, 2026, 2026-03-01",
        "1, march, 2026, 2026-03-01",
        "1, Sept, 2026, 2026-09-01",
        "1, sep., 2026, 2026-09-01",
        "29, 2, 2024, 2024-02-29"
    })
    void readsDatesAsPeopleTypeThem(String day, String month, String year, LocalDate expected) {
        assertThat(read(day, month, year)).isEqualTo(new DateAnswer.Valid(expected));
    }

    @Test
    void aMissingPartIsNamedAndIsTheOnlyOneHighlighted() {
        assertThat(read("15", "", "2026"))
                .isEqualTo(new DateAnswer.Invalid("Date it happened must include a month", Set.of(Part.MONTH)));
        assertThat(read("", "3", ""))
                .isEqualTo(new DateAnswer.Invalid(
                        "Date it happened must include a day and year", Set.of(Part.DAY, Part.YEAR)));
    }

    @Test
    void aDayThatTheMonthDoesNotHaveIsNotARealDate() {
        assertThat(read("30", "2", "2026"))
                .isEqualTo(new DateAnswer.Invalid("30 February 2026 is not a real date", Set.of(Part.DAY)));
        assertThat(read("29", "2", "2026"))
                .isEqualTo(new DateAnswer.Invalid("29 February 2026 is not a real date", Set.of(Part.DAY)));
        assertThat(read("31", "April", "2026"))
                .isEqualTo(new DateAnswer.Invalid("31 April 2026 is not a real date", Set.of(Part.DAY)));
    }

    @Test
    void partsThatCannotBeADayOrMonthAreHighlightedOnTheirOwn() {
        assertThat(read("12", "13", "2026"))
                .isEqualTo(new DateAnswer.Invalid("Date it happened must be a real date", Set.of(Part.MONTH)));
        assertThat(read("0", "1", "2026"))
                .isEqualTo(new DateAnswer.Invalid("Date it happened must be a real date", Set.of(Part.DAY)));
        assertThat(read("32", "Smarch", "26"))
                .isEqualTo(new DateAnswer.Invalid(
                        "Date it happened must be a real date", Set.of(Part.DAY, Part.MONTH, Part.YEAR)));
        assertThat(read("1st", "1", "2026"))
                .isEqualTo(new DateAnswer.Invalid("Date it happened must be a real date", Set.of(Part.DAY)));
    }

    @Test
    void aYearNeedsFourDigits() {
        assertThat(read("1", "1", "26"))
                .isEqualTo(new DateAnswer.Invalid("Year must include 4 numbers", Set.of(Part.YEAR)));
        assertThat(read("1", "1", "２０２６"))
                .isEqualTo(new DateAnswer.Invalid("Year must include 4 numbers", Set.of(Part.YEAR)));
    }
}
