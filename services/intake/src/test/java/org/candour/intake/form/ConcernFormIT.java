package org.candour.intake.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.candour.events.EventType;
import org.candour.intake.concern.ReporterAccess;
import org.candour.intake.form.FormBrowser.Page;
import org.candour.intake.identity.ContactDetails;
import org.candour.intake.identity.IdentityVault;
import org.candour.intake.identity.SealedContact;
import org.candour.testsupport.Infrastructure;
import org.candour.testsupport.TopicProbe;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The concern form in the running service, driven as a browser without JavaScript drives it: real
 * sessions, real CSRF tokens, real PostgreSQL behind it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "candour.messaging.relay.interval=50ms",
            "candour.intake.rate-limit.requests-per-minute=10000",
            "candour.intake.identity-keys[0].id=form-test",
            "candour.intake.identity-keys[0].secret=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
        })
// Every intake test context consumes as group intake on the one broker: only one may be alive at a time.
@DirtiesContext
class ConcernFormIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final String TITLE_SUFFIX = " - Raise a concern about care - NHS";
    private static final String HIDDEN_CHARACTERS =
            "Remove the hidden characters (such as a right-to-left override or a zero-width space) and try again";

    /** What each page is answered with when a test only needs to get past it. */
    private static final Map<String, String[]> DEFAULT_ANSWERS = Map.of(
            "/concern/where", new String[] {"kind", "NHS_TRUST", "trustQuery", "R0A"},
            "/concern/service", new String[] {"service", ""},
            "/concern/when", new String[] {"when", "NOT_SURE"},
            "/concern/what-happened", new String[] {"description", "The night shift had one nurse for 28 patients."},
            "/concern/danger", new String[] {"danger", "no"},
            "/concern/affected", new String[] {"affected", "PATIENT"},
            "/concern/harm", new String[] {"harm", "LOW"},
            "/concern/professionals", new String[] {"involved", "no"},
            "/concern/raised-before", new String[] {"raisedBefore", "FIRST_TIME"},
            "/concern/identity", new String[] {"identity", "ANONYMOUS"});

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReporterAccess reporterAccess;

    @Autowired
    IdentityVault vault;

    private FormBrowser browser;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("intake_form_it", registry);
    }

    @BeforeEach
    void newBrowser() {
        browser = new FormBrowser(port);
    }

    @Test
    void anonymousConcernAboutATrustFoundBySearchIsSentAndItsReceiptCodeShownOnce() {
        Page start = browser.get("/");
        assertThat(start.document().select("a.nhsuk-button").attr("href")).isEqualTo("/concern/where");

        Page where = browser.get("/concern/where");
        assertThat(where.title()).isEqualTo("Where did it happen?" + TITLE_SUFFIX);
        assertThat(where.byId("kind").attr("data-aria-controls")).isEqualTo("conditional-kind");
        Page trusts = browser.submit(where, "kind", "NHS_TRUST", "trustQuery", "manchester");
        assertThat(trusts.path()).isEqualTo("/concern/where/trust");
        assertThat(trusts.redirects()).containsExactly(303);
        assertThat(trusts.document().select("input[name=trust]").eachAttr("value"))
                .contains("R0A", "RXV");
        assertThat(trusts.byId("trust-hint").text()).contains("'manchester'");

        Page service = browser.submit(trusts, "trust", "R0A");
        assertThat(service.path()).isEqualTo("/concern/service");
        assertThat(service.document().select("a.nhsuk-back-link").attr("href")).isEqualTo("/concern/where");
        Page when = browser.submit(service, "service", "Ward 12");
        Page whatHappened = browser.submit(
                when, "when", "ON_A_DATE", "occurred[day]", "1", "occurred[month]", "3", "occurred[year]", "2025");
        Page danger = browser.submit(whatHappened, "description", "Two patients missed insulin on the night shift.");
        Page affected = browser.submit(danger, "danger", "no");
        Page harm = browser.submit(affected, "affected", "PATIENT", "affected", "SEVERAL_PATIENTS");
        Page professionals = browser.submit(harm, "harm", "MODERATE");
        Page list = browser.submit(professionals, "involved", "yes");
        assertThat(list.path()).isEqualTo("/concern/professionals/list");
        list = browser.submit(
                list, "professionals[0].role", "NURSE", "professionals[0].name", "Jo Bloggs", "action", "add");
        assertThat(list.byId("professional-2-role")).isNotNull();
        assertThat(list.byId("professional-1-name").val()).isEqualTo("Jo Bloggs");
        Page raisedBefore = browser.submit(
                list,
                "professionals[0].role",
                "NURSE",
                "professionals[0].name",
                "Jo Bloggs",
                "professionals[1].role",
                "HEALTHCARE_ASSISTANT",
                "professionals[1].name",
                "");
        Page identity = browser.submit(
                raisedBefore,
                "raisedBefore",
                "LINE_MANAGER",
                "raisedBefore",
                "FORMAL_COMPLAINT",
                "finalResponse[day]",
                "1",
                "finalResponse[month]",
                "April",
                "finalResponse[year]",
                "2025");
        Page check = browser.submit(identity, "identity", "ANONYMOUS");

        assertThat(check.path()).isEqualTo("/concern/check");
        assertThat(check.title()).isEqualTo("Check your answers before sending your concern" + TITLE_SUFFIX);
        assertThat(summary(check))
                .containsEntry("Where it happened", "Manchester University NHS Foundation Trust ODS code R0A")
                .containsEntry("Service, ward or department", "Ward 12")
                .containsEntry("When it happened", "On 1 March 2025")
                .containsEntry("What happened", "Two patients missed insulin on the night shift.")
                .containsEntry("Anyone in danger now", "No")
                .containsEntry("Who was affected", "A patient More than one patient")
                .containsEntry("How badly they were affected", "Moderate harm")
                .containsEntry("Professionals involved", "Nurse: Jo Bloggs Healthcare assistant")
                .containsEntry(
                        "Raised before", "With my line manager As a formal complaint Final response on 1 April 2025")
                .containsEntry("How you want to be known", "Anonymous");
        assertThat(check.document().select(".nhsuk-summary-list__actions a").eachText())
                .contains("Change where it happened", "Change how you want to be known");
        long before = concerns();

        Page confirmation = browser.submit(check);

        assertThat(confirmation.path()).isEqualTo("/concern/confirmation");
        assertThat(confirmation.redirects()).containsExactly(303);
        assertThat(confirmation.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(confirmation.title()).isEqualTo("Concern sent" + TITLE_SUFFIX);
        String reference = confirmation.byId("reference").text();
        String code = confirmation.byId("receipt-code").text();
        assertThat(reference).matches("QC-\\d{4}-\\d{6}");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
        assertThat(confirmation.byId("receipt-code").hasClass("candour-receipt-code"))
                .isTrue();
        assertThat(confirmation.text()).contains("Write this down or save it now: it is shown only once.");
        assertThat(confirmation.document().select("a[href=/follow-up]")).isNotEmpty();
        assertThat(concerns()).isEqualTo(before + 1);
        Map<String, Object> stored = jdbc.sql("""
                        select provider_kind, organisation_code, provider_name, service, description,
                          occurred_on::text as occurred_on, affected::text as affected, reported_harm, immediate_danger, professionals::text as professionals,
                          raised_before::text as raised_before, identity, contact_ciphertext
                        from concern where reference = ?""").param(reference).query().singleRow();
        assertThat(stored)
                .containsEntry("provider_kind", "NHS_TRUST")
                .containsEntry("organisation_code", "R0A")
                .containsEntry("provider_name", "Manchester University NHS Foundation Trust")
                .containsEntry("service", "Ward 12")
                .containsEntry("occurred_on", "2025-03-01")
                .containsEntry("description", "Two patients missed insulin on the night shift.")
                .containsEntry("affected", "[\"PATIENT\", \"SEVERAL_PATIENTS\"]")
                .containsEntry("reported_harm", "MODERATE")
                .containsEntry("immediate_danger", false)
                .containsEntry(
                        "professionals",
                        "[{\"name\": \"Jo Bloggs\", \"role\": \"NURSE\"}, {\"name\": null, \"role\": \"HEALTHCARE_ASSISTANT\"}]")
                .containsEntry(
                        "raised_before",
                        "{\"routes\": [\"LINE_MANAGER\", \"FORMAL_COMPLAINT\"], \"finalResponseOn\": \"2025-04-01\"}")
                .containsEntry("identity", "ANONYMOUS")
                .containsEntry("contact_ciphertext", null);
        assertThat(reporterAccess.open(reference, code)).isPresent();

        Page again = browser.get("/concern/confirmation");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.document().getElementById("receipt-code")).isNull();
        assertThat(again.body()).doesNotContain(code).contains(reference);
        assertThat(again.byId("receipt-code-gone").text()).contains("cannot be shown again");

        Page afterSending = browser.get("/concern/check");
        assertThat(afterSending.path()).as("the answers are gone").isEqualTo("/concern/where");
        assertThat(afterSending.byId("trust-query").val()).isEmpty();
    }

    @Test
    void confidentialConcernAboutAGpPracticeWithSomeoneInDangerIsSentAndMarkedUrgent() {
        Page where = browser.get("/concern/where");
        Page provider = browser.submit(where, "kind", "GP_PRACTICE", "trustQuery", "");
        assertThat(provider.path()).isEqualTo("/concern/where/provider");
        assertThat(provider.title()).isEqualTo("What is the name of the GP practice?" + TITLE_SUFFIX);
        assertThat(provider.document().select("#icb option[value~=.+]")).hasSize(42);
        assertThat(provider.document().select("#icb option[value=QOP]").text()).isEqualTo("Greater Manchester");

        Page service = browser.submit(
                provider, "providerName", "Beech House Surgery", "icbCode", "QOP", "providerOdsCode", " p84001 ");
        Page when = browser.submit(service, "service", "Repeat prescriptions");
        Page whatHappened = browser.submit(when, "when", "OVER_A_PERIOD", "period", "over the last few weeks");
        Page danger = browser.submit(whatHappened, "description", "Warfarin is issued without INR checks.");
        assertThat(danger.byId("conditional-danger").text()).contains("Call 999 now if someone's life is at risk");
        Page actNow = browser.submit(danger, "danger", "yes");

        assertThat(actNow.path()).isEqualTo("/concern/danger/act-now");
        assertThat(actNow.text())
                .contains("Call 999 now if someone's life is at risk, or act now using your local emergency"
                        + " procedure. We will still take your concern and mark it urgent.");
        Element carryOn = actNow.document().selectFirst("a.nhsuk-button");
        assertThat(carryOn.text()).isEqualTo("Continue");
        Page affected = browser.get(carryOn.attr("href"));
        Page professionals = browser.submit(affected, "affected", "NO_ONE_YET");
        assertThat(professionals.path()).as("harm is not asked of a risk").isEqualTo("/concern/professionals");
        Page raisedBefore = browser.submit(professionals, "involved", "no");
        Page identity = browser.submit(raisedBefore, "raisedBefore", "FIRST_TIME");
        Page check = browser.submit(
                identity,
                "identity",
                "CONFIDENTIAL",
                "namedName",
                "",
                "namedEmail",
                "",
                "confidentialName",
                "Ada Lovelace",
                "confidentialEmail",
                " ada.lovelace@nhs.net ");

        assertThat(summary(check))
                .containsEntry(
                        "Where it happened",
                        "Beech House Surgery GP practice NHS Greater Manchester Integrated Care Board ODS code P84001")
                .containsEntry("When it happened", "over the last few weeks")
                .containsEntry("Anyone in danger now", "Yes")
                .containsEntry("Who was affected", "No one yet, it is a risk")
                .containsEntry("Professionals involved", "No")
                .containsEntry("Raised before", "No, this is the first time")
                .containsEntry("How you want to be known", "Confidential Ada Lovelace ada.lovelace@nhs.net")
                .doesNotContainKey("How badly they were affected");

        Page confirmation = browser.submit(check);

        assertThat(confirmation.path()).isEqualTo("/concern/confirmation");
        assertThat(confirmation.document().getElementById("receipt-code")).isNull();
        assertThat(confirmation.text()).contains("Call 999 now").contains("the email address you gave");
        String reference = confirmation.byId("reference").text();
        Map<String, Object> stored = jdbc.sql("""
                        select id, provider_kind, organisation_code, provider_name, provider_icb_code, service,
                          occurred_period, reported_harm, immediate_danger, identity, contact_key_id, contact_ciphertext
                        from concern where reference = ?""").param(reference).query().singleRow();
        assertThat(stored)
                .containsEntry("provider_kind", "GP_PRACTICE")
                .containsEntry("organisation_code", "P84001")
                .containsEntry("provider_name", "Beech House Surgery")
                .containsEntry("provider_icb_code", "QOP")
                .containsEntry("service", "Repeat prescriptions")
                .containsEntry("occurred_period", "over the last few weeks")
                .containsEntry("reported_harm", "UNKNOWN")
                .containsEntry("immediate_danger", true)
                .containsEntry("identity", "CONFIDENTIAL");
        byte[] sealed = (byte[]) stored.get("contact_ciphertext");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Lovelace");
        assertThat(vault.open(
                        new SealedContact((String) stored.get("contact_key_id"), sealed), (UUID) stored.get("id")))
                .isEqualTo(new ContactDetails("Ada Lovelace", "ada.lovelace@nhs.net"));
        assertThat(reporterAccess.open(reference, "ada.lovelace@nhs.net")).isPresent();
    }

    @Test
    void aSearchThatMatchesOneTrustChoosesItAtOnce() {
        Page service = browser.submit(
                browser.get("/concern/where"), "kind", "NHS_TRUST", "trustQuery", "  manchester university ");

        assertThat(service.path()).isEqualTo("/concern/service");
        Page check = reach("/concern/check");
        assertThat(summary(check))
                .containsEntry("Where it happened", "Manchester University NHS Foundation Trust ODS code R0A");
    }

    @Test
    void aTrustThatServesSeveralIcbsAsksWhichAreaTheCareWasInAndKeepsTheAnswer() {
        Page area = browser.submit(browser.get("/concern/where"), "kind", "NHS_TRUST", "trustQuery", "RX7");

        assertThat(area.path()).isEqualTo("/concern/where/area");
        assertThat(area.title()).isEqualTo("Which area was the care in?" + TITLE_SUFFIX);
        assertThat(area.byId("area-hint").text()).contains("North West Ambulance Service NHS Trust");
        assertThat(area.document().select("input[name=area]").eachAttr("value"))
                .containsExactly("QE1", "QHM", "QOP", "QYG", "NOT_SURE");
        assertThat(area.document().select("label[for=area-3]").text())
                .isEqualTo("NHS Greater Manchester Integrated Care Board");
        assertThat(area.document().select("label[for=area-6]").text()).isEqualTo("Not sure");
        assertThat(area.document().select(".nhsuk-radios__divider").text()).isEqualTo("or");
        assertThat(area.document().select("a.nhsuk-back-link").attr("href")).isEqualTo("/concern/where");
        assertShowsError(browser.submit(area), "area", "Choose the area the care was in, or Not sure");
        assertShowsError(
                browser.submit(area, "area", "QWE"),
                "area",
                "North West Ambulance Service NHS Trust (RX7) serves the ICBs QE1 (Lancashire and South Cumbria), QHM"
                        + " (North East and North Cumbria), QOP (Greater Manchester), QYG (Cheshire and Merseyside), not"
                        + " 'QWE'. Give the one whose area the care was in, or none if you are not sure.");

        Page service = browser.submit(area, "area", "QOP");
        assertThat(service.path()).isEqualTo("/concern/service");
        assertThat(service.document().select("a.nhsuk-back-link").attr("href")).isEqualTo("/concern/where/area");
        Page check = reach("/concern/check");
        assertThat(summary(check))
                .containsEntry("Where it happened", "North West Ambulance Service NHS Trust ODS code RX7")
                .containsEntry("Area of the care", "NHS Greater Manchester Integrated Care Board");

        Page changing = browser.get(changeLink(check, "Change the area the care was in"));
        assertThat(changing.byId("area-3").hasAttr("checked")).isTrue();
        assertThat(changing.document().select("a.nhsuk-back-link").attr("href")).isEqualTo("/concern/check");
        check = browser.submit(changing, "area", "NOT_SURE");
        assertThat(check.path()).isEqualTo("/concern/check");
        assertThat(summary(check)).containsEntry("Area of the care", "Not sure");
        assertThat(browser.get(changeLink(check, "Change the area the care was in"))
                        .byId("area-6")
                        .hasAttr("checked"))
                .isTrue();
        String reference = browser.submit(check).byId("reference").text();
        assertThat(storedProvider(reference))
                .containsEntry("organisation_code", "RX7")
                .containsEntry("provider_icb_code", null);

        browser = new FormBrowser(port);
        Page chosen = browser.submit(
                browser.submit(browser.get("/concern/where"), "kind", "NHS_TRUST", "trustQuery", "RX7"), "area", "QYG");
        assertThat(chosen.path()).isEqualTo("/concern/service");
        check = reach("/concern/check");
        assertThat(summary(check))
                .containsEntry("Area of the care", "NHS Cheshire and Merseyside Integrated Care Board");
        reference = browser.submit(check).byId("reference").text();
        assertThat(storedProvider(reference)).containsEntry("provider_icb_code", "QYG");

        // A trust serving one ICB is not asked; choosing it instead forgets the area given for the other.
        browser = new FormBrowser(port);
        assertThat(browser.submit(
                                browser.submit(browser.get("/concern/where"), "kind", "NHS_TRUST", "trustQuery", "RX7"),
                                "area",
                                "QYG")
                        .path())
                .isEqualTo("/concern/service");
        Page single = browser.submit(browser.get("/concern/where"), "kind", "NHS_TRUST", "trustQuery", "R0A");
        assertThat(single.path()).isEqualTo("/concern/service");
        check = reach("/concern/check");
        assertThat(summary(check)).doesNotContainKey("Area of the care");
        reference = browser.submit(check).byId("reference").text();
        assertThat(storedProvider(reference))
                .containsEntry("organisation_code", "R0A")
                .containsEntry("provider_icb_code", null);
    }

    @Test
    void unknownTrustsAndIcbsAreRefusedWithTheApisMessages() {
        Page where = browser.submit(browser.get("/concern/where"), "kind", "NHS_TRUST", "trustQuery", "ZZZ99");
        assertShowsError(
                where,
                "trust-query",
                "No NHS trust matches 'ZZZ99'. Check the spelling or try the ODS code, for example R0A.");
        assertThat(where.byId("trust-query").val()).isEqualTo("ZZZ99");
        assertThat(where.byId("kind").hasAttr("checked")).isTrue();
        assertThat(where.byId("conditional-kind").hasClass("nhsuk-radios__conditional--hidden"))
                .isFalse();

        Page trusts = browser.submit(where, "kind", "NHS_TRUST", "trustQuery", "manchester");
        Page tampered = browser.submit(trusts, "trust", "ZZZ99");
        assertShowsError(
                tampered,
                "trust",
                "No NHS trust has the ODS code 'ZZZ99'. Check the code (for example R0A), or choose the trust by name.");
        Page nothingChosen = browser.submit(trusts);
        assertShowsError(nothingChosen, "trust", "Choose the NHS trust where it happened");
        Page searchedAgain = browser.submit(trusts, 1, "trustQuery", "QQQQQ");
        assertShowsError(
                searchedAgain,
                "trust-search",
                "No NHS trust matches 'QQQQQ'. Check the spelling or try the ODS code, for example R0A.");

        Page provider = browser.submit(browser.get("/concern/where"), "kind", "GP_PRACTICE");
        Page unknownIcb =
                browser.submit(provider, "providerName", "Beech House", "icbCode", "ZZZ", "providerOdsCode", "");
        assertShowsError(
                unknownIcb,
                "icb",
                "No integrated care board has the code 'ZZZ'. Choose the ICB from the list, for example QOP for Greater"
                        + " Manchester.");
        assertThat(unknownIcb.byId("provider-name").val()).isEqualTo("Beech House");
        Page noName = browser.submit(provider, "providerName", "   ", "icbCode", "", "providerOdsCode", "P8-4001");
        assertShowsError(noName, "provider-name", "Give the name of the GP practice");
        assertShowsError(noName, "icb", "Choose the integrated care board (ICB) the GP practice is in");
        assertShowsError(noName, "provider-ods-code", "An ODS code is 3 to 6 letters and digits, for example R0A");
        assertThat(noName.byId("provider-ods-code").val()).isEqualTo("P8-4001");
        assertThat(noName.document().select(".nhsuk-error-summary a").eachAttr("href"))
                .containsExactly("#provider-name", "#icb", "#provider-ods-code");
    }

    @Test
    void emptyAndWhitespaceOnlyDescriptionsAreRefused() {
        Page page = reach("/concern/what-happened");
        for (String typed : List.of("", "   \t  ")) {
            Page refused = browser.submit(page, "description", typed);
            assertShowsError(refused, "description", "Describe what happened");
            assertThat(refused.byId("description").wholeText()).isEqualTo(typed);
        }
    }

    @Test
    void aDescriptionOver20000CharactersIsRefusedAndKeptAnd20000AreAccepted() {
        Page page = reach("/concern/what-happened");
        assertThat(page.byId("description").parent().attr("data-maxlength")).isEqualTo("20000");

        String tooLong = "a".repeat(20_001);
        Page refused = browser.submit(page, "description", tooLong);
        assertShowsError(refused, "description", "Keep the description to 20,000 characters or fewer");
        assertThat(refused.byId("description").wholeText()).isEqualTo(tooLong);

        String lines = "Line\r\n".repeat(2_500) + "a".repeat(20_000 - 5 * 2_500);
        Page accepted = browser.submit(refused, "description", lines);
        assertThat(accepted.path())
                .as("line breaks count once, as the character count counts them")
                .isEqualTo("/concern/danger");
    }

    @Test
    void markupIsShownBackEscapedAndNeverRun() {
        Page where = browser.submit(
                browser.get("/concern/where"), "kind", "NHS_TRUST", "trustQuery", "<script>alert('x')</script>");
        assertThat(where.status()).isEqualTo(422);
        assertThat(where.body()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert");

        Page page = reach("/concern/what-happened");
        Page refused = browser.submit(page, "description", "<script>alert('x')</script><b>bold</b>\u200B");
        assertShowsError(refused, "description", HIDDEN_CHARACTERS);
        assertThat(refused.body())
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert")
                .doesNotContain("<b>bold");
    }

    static Stream<Arguments> hiddenCharacters() {
        return Stream.of(
                Arguments.of("/concern/what-happened", "description", "description", "Dose given: 10\u202Egm 01"),
                Arguments.of("/concern/service", "service", "service", "Ward\u200B12"),
                Arguments.of("/concern/when", "period", "period", "last\u2066 week"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("hiddenCharacters")
    void rightToLeftOverridesAndZeroWidthSpacesAreRefusedWithTheApisMessage(
            String path, String name, String field, String typed) {
        Page page = reach(path);
        Page refused = name.equals("period")
                ? browser.submit(page, "when", "OVER_A_PERIOD", name, typed)
                : browser.submit(page, name, typed);

        assertShowsError(refused, field, HIDDEN_CHARACTERS);
        assertThat(
                        refused.byId(field).hasAttr("value")
                                ? refused.byId(field).val()
                                : refused.byId(field).wholeText())
                .isEqualTo(typed);
    }

    @Test
    void aZeroWidthSpaceInAProfessionalsNameIsRefused() {
        Page list = browser.submit(reach("/concern/professionals"), "involved", "yes");
        Page refused = browser.submit(list, "professionals[0].role", "NURSE", "professionals[0].name", "Jo\u200BSmith");

        assertShowsError(refused, "professional-1-name", HIDDEN_CHARACTERS);
        assertThat(refused.byId("professional-1-role")
                        .select("option[selected]")
                        .val())
                .isEqualTo("NURSE");
    }

    static Stream<Arguments> unusualButHonestText() {
        return Stream.of(
                Arguments.of("SQL-like", "Robert'); DROP TABLE concern;-- ' OR 1=1 --"),
                Arguments.of("emoji with joiners", "The family 👨‍👩‍👧 waited 9 hours 😞 for a bed"),
                Arguments.of(
                        "non-Latin scripts", "المريض انتظر طويلا · 患者等了很久 · Пациент долго ждал · रोगी ने इंतजार किया"),
                Arguments.of("quotes and ampersands", "\"Nil by mouth\" & 'fasting' <not> signed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusualButHonestText")
    void unusualButHonestTextIsAcceptedAndStoredExactlyAsTyped(String name, String text) {
        Page service = browser.submit(browser.get("/concern/where"), "kind", "NHS_TRUST", "trustQuery", "R0A");
        browser.submit(service, "service", text);
        Page whatHappened = reach("/concern/what-happened");
        browser.submit(whatHappened, "description", text + "\r\nSecond line");
        Page check = reach("/concern/check");
        assertThat(summary(check)).containsEntry("Service, ward or department", text);

        String reference = browser.submit(check).byId("reference").text();

        Map<String, Object> stored = jdbc.sql("select service, description from concern where reference = ?")
                .param(reference)
                .query()
                .singleRow();
        assertThat(stored).containsEntry("service", text).containsEntry("description", text + "\nSecond line");
    }

    static Stream<Arguments> badDates() {
        return Stream.of(
                Arguments.of("30", "2", "2026", "30 February 2026 is not a real date", Set.of("day")),
                Arguments.of("1", "13", "2026", "Date it happened must be a real date", Set.of("month")),
                Arguments.of("15", "", "2026", "Date it happened must include a month", Set.of("month")),
                Arguments.of("1", "1", "26", "Year must include 4 numbers", Set.of("year")),
                Arguments.of(
                        "1",
                        "1",
                        String.valueOf(LocalDate.now().getYear() + 1),
                        "The date it happened must be today or in the past",
                        Set.of("day", "month", "year")),
                Arguments.of(
                        "4",
                        "7",
                        "1948",
                        "The date it happened must be after the NHS began, on 5 July 1948",
                        Set.of("day", "month", "year")),
                Arguments.of("", "", "", "Enter the date it happened", Set.of("day", "month", "year")));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("badDates")
    void datesThatAreNotRealOrPossibleAreRefusedHighlightingOnlyTheWrongPart(
            String day, String month, String year, String message, Set<String> wrong) {
        Page page = reach("/concern/when");
        Page refused = browser.submit(
                page, "when", "ON_A_DATE", "occurred[day]", day, "occurred[month]", month, "occurred[year]", year);

        String first = Stream.of("day", "month", "year")
                .filter(wrong::contains)
                .findFirst()
                .orElseThrow();
        assertShowsError(refused, "occurred", "occurred-" + first, message);
        Set<String> highlighted = new HashSet<>();
        for (String part : List.of("day", "month", "year")) {
            if (refused.byId("occurred-" + part).hasClass("nhsuk-input--error")) {
                highlighted.add(part);
            }
        }
        assertThat(highlighted).isEqualTo(wrong);
        assertThat(refused.byId("occurred-day").val()).isEqualTo(day);
        assertThat(refused.byId("occurred-month").val()).isEqualTo(month);
        assertThat(refused.byId("occurred-year").val()).isEqualTo(year);
        assertThat(refused.byId("when").hasAttr("checked")).isTrue();
        assertThat(refused.byId("conditional-when").hasClass("nhsuk-radios__conditional--hidden"))
                .isFalse();
    }

    @Test
    void theFinalResponseDateIsCheckedOnlyWithAFormalComplaint() {
        Page page = reach("/concern/raised-before");
        Page refused = browser.submit(
                page,
                "raisedBefore",
                "FORMAL_COMPLAINT",
                "finalResponse[day]",
                "31",
                "finalResponse[month]",
                "6",
                "finalResponse[year]",
                "2025");
        assertShowsError(refused, "final-response", "final-response-day", "31 June 2025 is not a real date");

        Page ignored = browser.submit(
                page,
                "raisedBefore",
                "LINE_MANAGER",
                "finalResponse[day]",
                "31",
                "finalResponse[month]",
                "6",
                "finalResponse[year]",
                "2025");
        assertThat(ignored.path()).isEqualTo("/concern/identity");
    }

    @Test
    void noThisIsTheFirstTimeStandsAlone() {
        Page page = reach("/concern/raised-before");
        assertThat(page.document().select("input[value=FIRST_TIME]").attr("data-behaviour"))
                .isEqualTo("exclusive");

        assertShowsError(
                browser.submit(page, "raisedBefore", "FIRST_TIME", "raisedBefore", "LINE_MANAGER"),
                "raised-before",
                "Select 'No, this is the first time' on its own, or select only where you raised it before");
        assertShowsError(
                browser.submit(page),
                "raised-before",
                "Select where you have raised this before, or 'No, this is the first time'");
    }

    @Test
    void namedAndConfidentialReportersGiveANameAndAnEmailAddress() {
        Page page = reach("/concern/identity");
        assertThat(page.byId("named-name").attr("autocomplete")).isEqualTo("name");
        assertThat(page.byId("named-email").attr("autocomplete")).isEqualTo("email");
        assertThat(page.byId("named-email").attr("spellcheck")).isEqualTo("false");

        Page noEmail = browser.submit(page, "identity", "NAMED", "namedName", "Grace Hopper", "namedEmail", "");
        assertShowsError(noEmail, "named-email", "Give an email address you can be contacted at");
        assertThat(noEmail.byId("named-name").val()).isEqualTo("Grace Hopper");

        Page badEmail =
                browser.submit(page, "identity", "CONFIDENTIAL", "confidentialName", "", "confidentialEmail", "grace@");
        assertShowsError(badEmail, "confidential-name", "Give your name");
        assertShowsError(
                badEmail, "confidential-email", "Enter an email address in the right format, like name@nhs.net");
        assertThat(badEmail.byId("confidential-email").val()).isEqualTo("grace@");

        assertShowsError(browser.submit(page), "identity", "Select how you want to be known");
    }

    @Test
    void professionalsAreAddedAndRemovedWithoutJavaScript() {
        Page list = browser.submit(reach("/concern/professionals"), "involved", "yes");
        assertThat(list.document().select("select#professional-1-role optgroup").eachAttr("label"))
                .contains("Doctors and associates", "Not registered with a professional regulator");
        assertThat(list.document().select("button[name=remove]")).isEmpty();

        list = browser.submit(
                list, "professionals[0].role", "DOCTOR", "professionals[0].name", "Dr Who", "action", "add");
        list = browser.submit(
                list,
                "professionals[0].role",
                "DOCTOR",
                "professionals[0].name",
                "Dr Who",
                "professionals[1].role",
                "PORTER",
                "professionals[1].name",
                "Sam",
                "action",
                "add");
        assertThat(list.document().select("select[name$=.role]")).hasSize(3);
        assertThat(list.document().select("button[name=remove]").eachText())
                .containsExactly("Remove professional 1", "Remove professional 2", "Remove professional 3");

        list = browser.submit(
                list,
                "professionals[0].role",
                "DOCTOR",
                "professionals[0].name",
                "Dr Who",
                "professionals[1].role",
                "PORTER",
                "professionals[1].name",
                "Sam",
                "professionals[2].role",
                "",
                "professionals[2].name",
                "",
                "remove",
                "1");
        assertThat(list.document().select("select[name$=.role]")).hasSize(2);
        assertThat(list.byId("professional-1-name").val()).isEqualTo("Sam");
        assertThat(list.byId("professional-1-role").select("option[selected]").val())
                .isEqualTo("PORTER");

        Page refused = browser.submit(
                list,
                "professionals[0].role",
                "PORTER",
                "professionals[0].name",
                "Sam",
                "professionals[1].role",
                "",
                "professionals[1].name",
                "Someone");
        assertShowsError(refused, "professional-2-role", "Choose the role of each professional involved");
        assertThat(refused.byId("professional-2-name").val()).isEqualTo("Someone");
    }

    @Test
    void aMissingOrTamperedCsrfTokenGetsAFriendlyPageAndStoresNothing() {
        Page check = reach("/concern/check");
        String token = FormBrowser.csrfToken(check);
        long before = concerns();

        Page missing = browser.post("/concern/check");
        Page tampered = browser.post("/concern/check", "_csrf", token.substring(1) + "x");

        for (Page refused : List.of(missing, tampered)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.title()).isEqualTo("Your session has ended" + TITLE_SUFFIX);
            assertThat(refused.text())
                    .contains("Your session has ended or the page was changed")
                    .contains("Nothing was sent");
            assertThat(refused.document().select("main a").eachAttr("href")).contains("/");
        }
        assertThat(concerns()).isEqualTo(before);

        Page sent = browser.post("/concern/check", "_csrf", token);
        assertThat(sent.path())
                .as("the same request with its token is accepted")
                .isEqualTo("/concern/confirmation");
        assertThat(concerns()).isEqualTo(before + 1);
    }

    @Test
    void clickingSendTwiceRaisesOneConcernAndStillShowsTheReceiptCode() {
        Page check = reach("/concern/check");
        String token = FormBrowser.csrfToken(check);
        long before = concerns();

        assertThat(browser.postAndAbandon("/concern/check", "_csrf", token)).isEqualTo(303);
        Page shown = browser.post("/concern/check", "_csrf", token);

        assertThat(shown.path()).isEqualTo("/concern/confirmation");
        assertThat(shown.byId("receipt-code").text()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
        assertThat(reporterAccess.open(
                        shown.byId("reference").text(),
                        shown.byId("receipt-code").text()))
                .isPresent();
        assertThat(concerns()).isEqualTo(before + 1);
    }

    @Test
    void withTheBrokerDownTheFormStillTakesTheConcernAndItFlowsOnOnceTheBrokerIsBack() {
        Page check = reach("/concern/check");
        String concernId;
        try (TopicProbe raised =
                TopicProbe.on(infrastructure.kafkaBootstrapServers(), EventType.CONCERN_RAISED_V1.topic())) {
            infrastructure.stopKafka();
            try {
                Page sent = browser.post("/concern/check", "_csrf", FormBrowser.csrfToken(check));

                assertThat(sent.path()).isEqualTo("/concern/confirmation");
                concernId = jdbc.sql("select cast(id as text) from concern where reference = ?")
                        .param(sent.byId("reference").text())
                        .query(String.class)
                        .single();
                assertThat(jdbc.sql("select count(*) from outbox where message_key = ?")
                                .param(concernId)
                                .query(Long.class)
                                .single())
                        .as("the concern's event waits in the outbox")
                        .isEqualTo(1);
            } finally {
                infrastructure.startKafka();
            }

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(
                            () -> assertThat(raised.recordsWithKey(concernId)).hasSize(1));
        }
    }

    @Test
    void aFormLargerThanTheLimitGetsAPageSayingSo() {
        Page page = reach("/concern/what-happened");

        Page refused = browser.post(
                "/concern/what-happened", "_csrf", FormBrowser.csrfToken(page), "description", "a".repeat(300_000));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.title()).isEqualTo("What you sent is too long" + TITLE_SUFFIX);
        assertThat(refused.document().select("h1").text()).isEqualTo("What you sent is too long");
    }

    @Test
    void aPageReachedWithoutTheEarlierAnswersSendsToTheFirstMissing() {
        assertThat(browser.get("/concern/harm").path()).isEqualTo("/concern/where");
        assertThat(browser.get("/concern/check").path()).isEqualTo("/concern/where");
        assertThat(browser.get("/concern/confirmation").path()).isEqualTo("/");

        reach("/concern/when");
        Page redirected = browser.get("/concern/identity");
        assertThat(redirected.redirects()).containsExactly(303);
        assertThat(redirected.path()).isEqualTo("/concern/when");
    }

    @Test
    void aChangeFromTheCheckPageReturnsThere() {
        Page check = reach("/concern/check");
        Element change = check.document().select(".nhsuk-summary-list__actions a").stream()
                .filter(link -> link.text().equals("Change service, ward or department"))
                .findFirst()
                .orElseThrow();

        Page service = browser.get(change.attr("href"));
        assertThat(service.document().select("a.nhsuk-back-link").attr("href")).isEqualTo("/concern/check");
        Page back = browser.submit(service, "service", "Ward 7");

        assertThat(back.path()).isEqualTo("/concern/check");
        assertThat(summary(back)).containsEntry("Service, ward or department", "Ward 7");
    }

    @Test
    void unknownPagesGetAnNhsStyledPageWhileTheApiKeepsItsProblems() throws Exception {
        Page missing = browser.get("/concern/no-such-page");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.title()).isEqualTo("Page not found" + TITLE_SUFFIX);
        assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

        HttpResponse<String> api = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void everyQuestionPageHasOneHeadingAUniqueTitleAndALabelForEveryControl() {
        List<String> titles = new ArrayList<>();
        Page page = browser.get("/concern/where");
        while (true) {
            assertThat(page.document().select("h1")).as(page.path()).hasSize(1);
            assertThat(page.title()).as(page.path()).endsWith(TITLE_SUFFIX);
            titles.add(page.title());
            for (Element control :
                    page.document().select("main input:not([type=hidden]), main select, main textarea")) {
                assertThat(page.document().select("label[for=" + control.id() + "]"))
                        .as(page.path() + " #" + control.id())
                        .hasSize(1);
            }
            assertThat(page.document().select("[tabindex]").eachAttr("tabindex"))
                    .as(page.path())
                    .allSatisfy(
                            tabindex -> assertThat(Integer.parseInt(tabindex)).isLessThanOrEqualTo(0));
            if (page.path().equals("/concern/check")) {
                break;
            }
            page = browser.submit(page, DEFAULT_ANSWERS.get(page.path()));
        }
        assertThat(titles).doesNotHaveDuplicates().hasSize(11);
    }

    /**
     * Answers each unanswered page with its default until the browser is on the page at path: the
     * check page sends the browser to the first unanswered one.
     */
    private Page reach(String path) {
        Page page = browser.get("/concern/check");
        while (!page.path().equals(path)) {
            assertThat(page.path()).as("still before " + path).isNotEqualTo("/concern/check");
            String[] answers = DEFAULT_ANSWERS.get(page.path());
            assertThat(answers).as("a default answer for " + page.path()).isNotNull();
            page = browser.submit(page, answers);
        }
        return page;
    }

    private static String changeLink(Page check, String text) {
        return check.document().select(".nhsuk-summary-list__actions a").stream()
                .filter(link -> link.text().equals(text))
                .findFirst()
                .orElseThrow()
                .attr("href");
    }

    private Map<String, Object> storedProvider(String reference) {
        return jdbc.sql("select organisation_code, provider_icb_code from concern where reference = ?")
                .param(reference)
                .query()
                .singleRow();
    }

    /** The check page's summary list: each key with its answer's text. */
    private static Map<String, String> summary(Page check) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Element row : check.document().select(".nhsuk-summary-list__row")) {
            rows.put(
                    row.selectFirst(".nhsuk-summary-list__key").text(),
                    row.selectFirst(".nhsuk-summary-list__value").text());
        }
        return rows;
    }

    private static void assertShowsError(Page page, String field, String message) {
        assertShowsError(page, field, field, message);
    }

    /** The page came back with the error in its summary (linking to target) and beside the field. */
    private static void assertShowsError(Page page, String field, String target, String message) {
        assertThat(page.status()).as(page.path()).isEqualTo(422);
        assertThat(page.title()).startsWith("Error: ").endsWith(TITLE_SUFFIX);
        Element summary = page.document().selectFirst(".nhsuk-error-summary");
        assertThat(summary).as("error summary on " + page.path()).isNotNull();
        assertThat(summary.attr("data-module")).isEqualTo("nhsuk-error-summary");
        assertThat(summary.select("[role=alert]")).isNotEmpty();
        assertThat(summary.select("a[href=#" + target + "]").eachText()).containsExactly(message);
        assertThat(page.byId(target)).isNotNull();
        assertThat(page.byId(field + "-error").text()).isEqualTo("Error: " + message);
        assertThat(page.byId(field + "-error").hasClass("nhsuk-error-message")).isTrue();
    }

    private long concerns() {
        return jdbc.sql("select count(*) from concern").query(Long.class).single();
    }
}
