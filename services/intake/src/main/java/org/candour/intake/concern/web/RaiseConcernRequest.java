package org.candour.intake.concern.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.candour.events.AffectedPerson;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.Occurred;
import org.candour.events.Professional;
import org.candour.events.ProfessionalRole;
import org.candour.events.ProviderKind;
import org.candour.events.RaisedBefore;
import org.candour.events.RaisedRoute;
import org.candour.intake.concern.ContactDetailsMismatchException;
import org.candour.intake.concern.ProviderChoice;
import org.candour.intake.concern.RaiseConcern;
import org.candour.intake.identity.ContactDetails;
import org.jspecify.annotations.Nullable;

/**
 * Everything a reporter can tell us, as the API takes it and as the form builds it, so that both
 * are checked by the same rules with the same messages. Fields are nullable here so that a missing
 * one is reported by validation, naming the field, rather than by the JSON reader.
 *
 * @param provider where it happened
 * @param service the service, ward or department
 * @param occurred when it happened; leave out if not known
 * @param description what happened
 * @param affected who was affected
 * @param harm how badly, in the reporter's judgement; UNKNOWN if not known
 * @param immediateDanger whether anyone is in danger now
 * @param professionals the professionals involved, by role, optionally named
 * @param raisedBefore whether and how it was raised before; leave out if it was not
 * @param identity how the reporter wants to be known
 * @param reporter contact details, for NAMED and CONFIDENTIAL only
 */
@CrossFieldChecked.Checked
public record RaiseConcernRequest(
        @NotNull(message = "Say where it happened: an NHS trust, or another kind of provider") @Valid @Nullable
        ProviderRequest provider,

        @Size(max = 200, message = "Keep the service, ward or department to 200 characters or fewer")
        @PlainText
        @Nullable
        String service,

        @Valid @Nullable OccurredRequest occurred,

        @NotBlank(message = "Describe what happened")
        @Size(max = RaiseConcernRequest.MAX_DESCRIPTION, message = "Keep the description to 20,000 characters or fewer")
        @PlainText(multiline = true)
        @Nullable
        String description,

        @Size(max = 6, message = "Choose each kind of person affected once") @Nullable
        List<@NotNull AffectedPerson> affected,

        @Nullable HarmLevel harm,
        @Nullable Boolean immediateDanger,

        @Size(max = 20, message = "Name up to 20 professionals; describe any others in what happened") @Valid @Nullable
        List<@NotNull ProfessionalRequest> professionals,

        @Valid @Nullable RaisedBeforeRequest raisedBefore,

        @NotNull(message = "Say how you want to be known: NAMED, CONFIDENTIAL or ANONYMOUS") @Nullable
        IdentityChoice identity,

        @Valid @Nullable Reporter reporter)
        implements CrossFieldChecked {

    static final int MAX_DESCRIPTION = 20_000;

    /** The NHS began on 5 July 1948; nothing it did happened before. */
    static final LocalDate EARLIEST = LocalDate.of(1948, 7, 5);

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Override
    public void check(Violations violations) {
        if (identity != null && (identity == IdentityChoice.ANONYMOUS) != (reporter == null)) {
            violations.reject("reporter", ContactDetailsMismatchException.messageFor(identity));
        }
    }

    /**
     * Where it happened.
     *
     * @param kind NHS_TRUST, or another kind of provider
     * @param odsCode the trust's ODS code; optional for other providers
     * @param name the provider's name, for providers other than NHS trusts
     * @param icbCode the code of the ICB the provider is in, for providers other than NHS trusts; for an NHS
     *     trust that serves several ICBs, optionally the ICB of the area where the care was, which must be
     *     one the trust serves, so that only that ICB is told
     */
    @CrossFieldChecked.Checked
    public record ProviderRequest(
            @NotNull(message = "Choose the kind of provider where it happened") @Nullable
            ProviderKind kind,

            @Pattern(
                    regexp = "\\s*[A-Za-z0-9]{3,6}\\s*",
                    message = "An ODS code is 3 to 6 letters and digits, for example R0A")
            @Nullable
            String odsCode,

            @Size(max = 200, message = "Keep the provider's name to 200 characters or fewer") @PlainText @Nullable
            String name,

            @Pattern(
                    regexp = "\\s*[A-Za-z0-9]{3}\\s*",
                    message = "An ICB code is 3 letters and digits, for example QOP")
            @Nullable
            String icbCode)
            implements CrossFieldChecked {

        @Override
        public void check(Violations violations) {
            if (kind == ProviderKind.NHS_TRUST && isBlank(odsCode)) {
                violations.reject("odsCode", "Choose the NHS trust where it happened");
            }
            if (kind != null && kind != ProviderKind.NHS_TRUST) {
                if (isBlank(name)) {
                    violations.reject("name", "Give the name of the " + describe(kind));
                }
                if (isBlank(icbCode)) {
                    violations.reject(
                            "icbCode", "Choose the integrated care board (ICB) the " + describe(kind) + " is in");
                }
            }
        }

        ProviderChoice toChoice() {
            return new ProviderChoice(
                    requireValid(kind), upper(odsCode), name == null ? null : name.strip(), upper(icbCode));
        }

        /** The kind in the middle of a sentence, as the form shows these messages too. */
        private static String describe(ProviderKind kind) {
            return switch (kind) {
                case GP_PRACTICE -> "GP practice";
                case ADULT_SOCIAL_CARE -> "adult social care provider";
                default -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            };
        }
    }

    /**
     * When it happened: a date or an approximate period, not both.
     *
     * @param on the date, as YYYY-MM-DD
     * @param period an approximate period in your words, such as "over the last few weeks"
     */
    @CrossFieldChecked.Checked
    public record OccurredRequest(
            @Nullable LocalDate on,

            @Size(max = 200, message = "Keep the period to 200 characters or fewer") @PlainText @Nullable
            String period)
            implements CrossFieldChecked {

        @Override
        public void check(Violations violations) {
            if (on != null && !isBlank(period)) {
                violations.reject("period", "Give a date or a period, not both");
            }
            checkDate(violations, "on", on, "The date it happened");
        }

        Occurred toOccurred() {
            return new Occurred(
                    on, isBlank(period) ? null : requireValid(period).strip());
        }
    }

    /**
     * A professional involved.
     *
     * @param role their role; their regulator follows from it
     * @param name their name, if you want to give it
     */
    public record ProfessionalRequest(
            @NotNull(message = "Choose the role of each professional involved") @Nullable
            ProfessionalRole role,

            @Size(max = 200, message = "Keep each name to 200 characters or fewer") @PlainText @Nullable
            String name) {

        Professional toProfessional() {
            return new Professional(
                    requireValid(role),
                    isBlank(name) ? null : requireValid(name).strip());
        }
    }

    /**
     * Where the concern was raised before.
     *
     * @param routes line manager, Freedom to Speak Up guardian, formal complaint or other
     * @param finalResponseOn the date of the final written response to a formal complaint, if any
     */
    @CrossFieldChecked.Checked
    public record RaisedBeforeRequest(
            @Size(max = 4, message = "Choose each way it was raised once") @Nullable
            List<@NotNull RaisedRoute> routes,

            @Nullable LocalDate finalResponseOn)
            implements CrossFieldChecked {

        @Override
        public void check(Violations violations) {
            if (finalResponseOn != null && (routes == null || !routes.contains(RaisedRoute.FORMAL_COMPLAINT))) {
                violations.reject(
                        "finalResponseOn",
                        "A final response date goes with a formal complaint: choose FORMAL_COMPLAINT");
            }
            checkDate(violations, "finalResponseOn", finalResponseOn, "The date of the final response");
        }

        RaisedBefore toRaisedBefore() {
            return new RaisedBefore(
                    routes == null ? List.of() : routes.stream().distinct().toList(), finalResponseOn);
        }
    }

    /**
     * How a named or confidential reporter can be reached; stored sealed, never logged or published.
     *
     * @param name the reporter's name
     * @param email where they can be written to
     */
    public record Reporter(
            @NotBlank(message = "Give your name")
            @Size(max = 200, message = "Keep your name to 200 characters or fewer")
            @PlainText
            @Nullable
            String name,

            @NotBlank(message = "Give an email address you can be contacted at")
            @Email(message = "Enter an email address in the right format, like name@nhs.net")
            @Size(max = 320, message = "Keep the email address to 320 characters or fewer")
            @Nullable
            String email) {

        @Override
        public String toString() {
            return "Reporter[hidden]";
        }
    }

    /** Contact details stay out of logs. */
    @Override
    public String toString() {
        return "RaiseConcernRequest[provider=" + provider + ", identity=" + identity + "]";
    }

    /** The command this validated request asks for. */
    public RaiseConcern.Command toCommand() {
        return new RaiseConcern.Command(
                requireValid(provider).toChoice(),
                isBlank(service) ? null : requireValid(service).strip(),
                occurred == null ? Occurred.unknown() : occurred.toOccurred(),
                requireValid(description),
                affected == null ? List.of() : affected.stream().distinct().toList(),
                harm == null ? HarmLevel.UNKNOWN : harm,
                Boolean.TRUE.equals(immediateDanger),
                professionals == null
                        ? List.of()
                        : professionals.stream()
                                .map(ProfessionalRequest::toProfessional)
                                .toList(),
                raisedBefore == null ? RaisedBefore.notRaised() : raisedBefore.toRaisedBefore(),
                requireValid(identity),
                reporter == null
                        ? null
                        : new ContactDetails(
                                requireValid(reporter.name()).strip(),
                                requireValid(reporter.email()).strip()));
    }

    private static void checkDate(Violations violations, String field, @Nullable LocalDate date, String what) {
        if (date == null) {
            return;
        }
        if (date.isAfter(LocalDate.now(Clock.system(ENGLAND)))) {
            violations.reject(field, what + " must be today or in the past");
        } else if (date.isBefore(EARLIEST)) {
            violations.reject(field, what + " must be after the NHS began, on 5 July 1948");
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String upper(@Nullable String value) {
        return isBlank(value) ? null : requireValid(value).strip().toUpperCase(Locale.ROOT);
    }

    private static <T> T requireValid(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("Request was not validated");
        }
        return value;
    }
}
