package org.candour.intake.followup;

import java.util.Objects;
import org.candour.events.Destination;
import org.candour.organisations.Icb;
import org.candour.organisations.OrganisationDirectory;

/**
 * Says each step in plain words for the reporter. Only the names of the bodies a concern was
 * shared with, never why: routing's reasons can reveal how the rules work and what others reported.
 */
final class ProgressWording {

    static final String RECEIVED = "Received";

    private final OrganisationDirectory directory;

    ProgressWording(OrganisationDirectory directory) {
        this.directory = directory;
    }

    String words(ProgressStep step) {
        return switch (step.kind()) {
            case ASSESSED -> "Assessed by the quality team's rules";
            case IN_REVIEW -> "Being reviewed by a person in the quality team";
            case HELD_FOR_CHECK -> "Being checked by a person before it is shared";
            case CHECKED -> "Checked by a person in the quality team";
            case SHARED -> "Shared with " + body(step);
            case DELIVERED -> "Delivered to " + body(step);
            case BODY_RECEIVED -> capitalised(body(step)) + " received it";
            case BODY_REVIEWING -> capitalised(body(step)) + " is looking into it";
            case BODY_CLOSED -> capitalised(body(step)) + " has finished looking into it";
        };
    }

    private String body(ProgressStep step) {
        return body(Objects.requireNonNull(step.destination()), Objects.requireNonNull(step.recipientCode()));
    }

    private static String capitalised(String body) {
        return Character.toUpperCase(body.charAt(0)) + body.substring(1);
    }

    private String body(Destination destination, String recipientCode) {
        return switch (destination) {
            case TRUST_BOARD -> "the trust board and its Freedom to Speak Up guardian";
            case ICS_QUALITY_GROUP -> icsQualityGroup(recipientCode);
            case CQC -> "the Care Quality Commission (CQC)";
            case PHSO -> "the Parliamentary and Health Service Ombudsman (PHSO)";
            case HSSIB -> "the Health Services Safety Investigations Body (HSSIB)";
            case GMC -> "the General Medical Council (GMC)";
            case NMC -> "the Nursing and Midwifery Council (NMC)";
            case HCPC -> "the Health and Care Professions Council (HCPC)";
            case GPHC -> "the General Pharmaceutical Council (GPhC)";
            case GDC -> "the General Dental Council (GDC)";
            case GOC -> "the General Optical Council (GOC)";
            case GOSC -> "the General Osteopathic Council (GOsC)";
            case GCC -> "the General Chiropractic Council (GCC)";
            case SWE -> "Social Work England";
        };
    }

    /**
     * Names the system by its place ("Greater Manchester"), as people say it; the ICB's name comes
     * from the directory, not the event, so that only names the directory vouches for are shown.
     */
    private String icsQualityGroup(String icbCode) {
        return directory
                .icb(icbCode)
                .map(Icb::shortName)
                .map(system -> "the " + system + " integrated care system quality group")
                .orElse("an integrated care system quality group");
    }
}
