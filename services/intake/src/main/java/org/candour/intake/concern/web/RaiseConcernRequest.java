package org.candour.intake.concern.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.candour.events.IdentityChoice;
import org.candour.intake.concern.RaiseConcern;
import org.candour.intake.identity.ContactDetails;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/concerns}. Fields are nullable here so that a missing one is
 * reported by validation, naming the field, rather than by the JSON reader.
 */
record RaiseConcernRequest(
        @NotBlank(message = "Give the ODS code of the NHS trust where it happened, for example R0A")
        @Pattern(
                regexp = "\\s*[A-Za-z0-9]{3,6}\\s*",
                message = "An ODS code is 3 to 6 letters and digits, for example R0A")
        @Nullable
        String organisationCode,

        @NotBlank(message = "Describe what happened")
        @Size(max = RaiseConcernRequest.MAX_DESCRIPTION, message = "Keep the description to 20,000 characters or fewer")
        @Nullable
        String description,

        @NotNull(message = "Say how you want to be known: NAMED, CONFIDENTIAL or ANONYMOUS") @Nullable
        IdentityChoice identity,

        @Nullable Boolean immediateDanger,
        @Valid @Nullable Reporter reporter) {

    /**
     * How a named or confidential reporter can be reached; stored sealed, never logged or published.
     *
     * @param name the reporter's name
     * @param email where they can be written to
     */
    record Reporter(
            @NotBlank(message = "Give your name")
            @Size(max = 200, message = "Keep your name to 200 characters or fewer")
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

    static final int MAX_DESCRIPTION = 20_000;

    RaiseConcern.Command toCommand() {
        return new RaiseConcern.Command(
                requireValid(organisationCode),
                requireValid(description),
                requireValid(identity),
                Boolean.TRUE.equals(immediateDanger),
                reporter == null
                        ? null
                        : new ContactDetails(
                                requireValid(reporter.name()).strip(),
                                requireValid(reporter.email()).strip()));
    }

    private static <T> T requireValid(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("Request was not validated");
        }
        return value;
    }
}
