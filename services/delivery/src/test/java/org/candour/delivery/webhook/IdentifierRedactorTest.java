package org.candour.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierRedactorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Patient NHS no 485 777 3456 was moved | Patient NHS no [NHS number] was moved",
                "4857773456 | [NHS number]",
                "NHS number: 485-777-3456. | NHS number: [NHS number].",
                "nhs 943 476 5919 and 9434765870 | nhs [NHS number] and [NHS number]",
                "ring 07700 900123 now | ring [phone number] now",
                "ring +44 7700 900123 now | ring [phone number] now",
                "ring +447700900123 now | ring [phone number] now",
                "ring 0044 7700 900123 now | ring [phone number] now",
                "ring 07700900123 now | ring [phone number] now",
                "ring 07700-900-123 now | ring [phone number] now",
                "the ward on 0161 123 4567 | the ward on [phone number]",
                "the ward on (0161) 123 4567 | the ward on [phone number]",
                "the ward on +44 (0)161 123 4567 | the ward on [phone number]",
                "switchboard 020 7946 0958. | switchboard [phone number].",
                "write to jane.doe+ward7@nhs.net today | write to [email] today",
                "JOHN_SMITH@Example.co.uk | [email]",
                "lives at M13 9WL now | lives at [postcode] now",
                "lives at m13 9wl now | lives at [postcode] now",
                "lives at SW1A 1AA | lives at [postcode]",
                "lives at EC1A1BB | lives at [postcode]",
                "NI QQ 12 34 56 C on file | NI [NI number] on file",
                "NI qq123456c on file | NI [NI number] on file",
                "DOB 03/04/1952 | DOB [date of birth]",
                "dob: 3/4/52, female | dob: [date of birth], female",
                "d.o.b. 03.04.1952 | d.o.b. [date of birth]",
                "date of birth 3 April 1952 | date of birth [date of birth]",
                "born on 3rd April 1952 in Leeds | born on [date of birth] in Leeds",
                "born April 3, 1952 | born [date of birth]",
                "DOB 1952-04-03 | DOB [date of birth]",
                "MRN RM123456 | MRN [hospital number]",
                "MRN: 1234567890 | MRN: [hospital number]",
                "hospital number 1234567 | hospital number [hospital number]",
                "hosp no A123456 | hosp no [hospital number]",
                "Hosp. No. K 0012345 | Hosp. No. [hospital number]",
            })
    void eachKindOfIdentifierBecomesItsLabel(String text, String redacted) {
        assertThat(IdentifierRedactor.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1 RN to 28 pts",
                "NEWS went to 7 at 0200",
                "10 units of insulin",
                "bed 12",
                "ward 7B",
                "for 2 weeks",
                "on 03/04/2026 at 14:30 the alarm was off",
                "BP 120/80, SpO2 88%, HR 130",
                "2 litres over 4 hours",
                "3 of 12 shifts in 2026 were short",
                "waited 45 minutes, then 1,200 ml",
                "Ward 4 had 32 beds and 6 nurses",
                "incident 2026/1234"
            })
    void ordinaryNumbersAreKept(String text) {
        assertThat(IdentifierRedactor.redact(text)).isEqualTo(text);
    }

    @Test
    void aConcernFullOfIdentifiersKeepsItsMeaningAndLosesThem() {
        String concern = "My father (NHS no 485 777 3456, DOB 03/04/1952, MRN RM123456) was left on bed 12 of"
                + " ward 7B from 0200; NEWS went to 7 and 1 RN covered 28 pts. Call me on 07700 900123 or"
                + " jane@example.com, M13 9WL.";

        assertThat(IdentifierRedactor.redact(concern))
                .isEqualTo("My father (NHS no [NHS number], DOB [date of birth], MRN [hospital number]) was left"
                        + " on bed 12 of ward 7B from 0200; NEWS went to 7 and 1 RN covered 28 pts. Call me on"
                        + " [phone number] or [email], [postcode].");
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        String once = IdentifierRedactor.redact("NHS 4857773456, DOB 3/4/52, tel 0161 123 4567");

        assertThat(IdentifierRedactor.redact(once)).isEqualTo(once);
    }

    @Test
    void aShortSummaryIsTheWholeRedactedTextOnOneLine() {
        assertThat(IdentifierRedactor.summary("Left  on bed 12\nNHS no 485 777 3456 ", 100))
                .isEqualTo("Left on bed 12 NHS no [NHS number]");
    }

    @Test
    void aLongSummaryIsCutAtAWordWithAnEllipsis() {
        String text = "The night staff ratio was one nurse to twenty eight patients on the ward";

        String summary = IdentifierRedactor.summary(text, 30);

        assertThat(summary).isEqualTo("The night staff ratio was one…").hasSizeLessThanOrEqualTo(30);
        assertThat(IdentifierRedactor.summary(text, 29)).isEqualTo("The night staff ratio was…");
        assertThat(IdentifierRedactor.summary(text, text.length())).isEqualTo(text);
        assertThat(IdentifierRedactor.summary(text, text.length() - 1))
                .isEqualTo("The night staff ratio was one nurse to twenty eight patients on the…");
    }

    @Test
    void aSummaryNeverCutsALabelInHalfNorEndsOnAComma() {
        assertThat(IdentifierRedactor.summary("Seen by staff, NHS no 485 777 3456 on Monday", 24))
                .isEqualTo("Seen by staff, NHS no…");
        assertThat(IdentifierRedactor.summary("Seen by staff, 4857773456 on Monday", 20))
                .isEqualTo("Seen by staff…");
    }

    @Test
    void aSummaryOfOneLongWordIsCutInsideIt() {
        assertThat(IdentifierRedactor.summary("a".repeat(50), 10)).isEqualTo("a".repeat(9) + "…");
    }

    @Test
    void aSummaryNeedsRoomForAWordAndTheEllipsis() {
        assertThatIllegalArgumentException().isThrownBy(() -> IdentifierRedactor.summary("text", 1));
    }
}
