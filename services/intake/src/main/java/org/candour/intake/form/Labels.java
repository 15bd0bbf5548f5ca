package org.candour.intake.form;

import java.util.List;
import org.candour.events.AffectedPerson;
import org.candour.events.HarmLevel;
import org.candour.events.IdentityChoice;
import org.candour.events.ProfessionalRole;
import org.candour.events.ProviderKind;
import org.candour.events.RaisedRoute;
import org.jspecify.annotations.Nullable;

/**
 * The words the form uses for each answer. Switches without a default, so that a new value in the
 * events cannot reach a page without words for it: the build fails first.
 */
final class Labels {

    private Labels() {}

    static String kind(ProviderKind kind) {
        return switch (kind) {
            case NHS_TRUST -> "An NHS trust";
            case GP_PRACTICE -> "A GP practice";
            case COMMUNITY_PHARMACY -> "A community pharmacy";
            case DENTAL_PRACTICE -> "A dental practice";
            case OPTICAL_PRACTICE -> "An optical practice (opticians)";
            case INDEPENDENT_HOSPITAL -> "An independent hospital";
            case ADULT_SOCIAL_CARE -> "Adult social care";
            case INDEPENDENT_PRACTITIONER -> "An independent practitioner";
        };
    }

    static @Nullable String kindHint(ProviderKind kind) {
        return switch (kind) {
            case NHS_TRUST -> "A hospital, mental health, community or ambulance trust";
            case INDEPENDENT_HOSPITAL -> "A private hospital or clinic, including NHS care it gives";
            case ADULT_SOCIAL_CARE -> "Such as a care home or care at home";
            case INDEPENDENT_PRACTITIONER -> "Someone self-employed, not working for any of the above";
            case GP_PRACTICE, COMMUNITY_PHARMACY, DENTAL_PRACTICE, OPTICAL_PRACTICE -> null;
        };
    }

    /** The kind of provider in the middle of a sentence: "the name of the GP practice". */
    static String kindInSentence(ProviderKind kind) {
        return switch (kind) {
            case NHS_TRUST -> "NHS trust";
            case GP_PRACTICE -> "GP practice";
            case COMMUNITY_PHARMACY -> "community pharmacy";
            case DENTAL_PRACTICE -> "dental practice";
            case OPTICAL_PRACTICE -> "optical practice";
            case INDEPENDENT_HOSPITAL -> "independent hospital";
            case ADULT_SOCIAL_CARE -> "adult social care provider";
            case INDEPENDENT_PRACTITIONER -> "independent practitioner";
        };
    }

    static String affected(AffectedPerson person) {
        return switch (person) {
            case PATIENT -> "A patient";
            case SEVERAL_PATIENTS -> "More than one patient";
            case STAFF -> "A member of staff (this may be you)";
            case VISITOR_OR_RELATIVE -> "A visitor or relative";
            case NO_ONE_YET -> "No one yet, it is a risk";
            case NOT_SURE -> "Not sure";
        };
    }

    static String harm(HarmLevel harm) {
        return switch (harm) {
            case NONE -> "No harm, or a near miss";
            case LOW -> "Low harm";
            case MODERATE -> "Moderate harm";
            case SEVERE -> "Severe harm";
            case DEATH -> "Death";
            case UNKNOWN -> "Not known yet";
        };
    }

    static @Nullable String harmHint(HarmLevel harm) {
        return switch (harm) {
            case NONE -> "No one was hurt, or it was noticed before it reached anyone";
            case LOW -> "Minor treatment or extra checks were needed, or distress that did not last";
            case MODERATE -> "More treatment was needed, or significant harm that is not permanent";
            case SEVERE -> "Permanent or long-term harm, or severe psychological harm";
            case DEATH -> "Someone died, and it may be linked to the care";
            case UNKNOWN -> null;
        };
    }

    static String role(ProfessionalRole role) {
        return switch (role) {
            case DOCTOR -> "Doctor";
            case PHYSICIAN_ASSOCIATE -> "Physician associate";
            case ANAESTHESIA_ASSOCIATE -> "Anaesthesia associate";
            case NURSE -> "Nurse";
            case MIDWIFE -> "Midwife";
            case NURSING_ASSOCIATE -> "Nursing associate";
            case PARAMEDIC -> "Paramedic";
            case PHYSIOTHERAPIST -> "Physiotherapist";
            case OCCUPATIONAL_THERAPIST -> "Occupational therapist";
            case OPERATING_DEPARTMENT_PRACTITIONER -> "Operating department practitioner";
            case RADIOGRAPHER -> "Radiographer";
            case SPEECH_AND_LANGUAGE_THERAPIST -> "Speech and language therapist";
            case DIETITIAN -> "Dietitian";
            case PRACTITIONER_PSYCHOLOGIST -> "Practitioner psychologist";
            case BIOMEDICAL_SCIENTIST -> "Biomedical scientist";
            case OTHER_ALLIED_HEALTH_PROFESSIONAL -> "Another allied health professional, such as a podiatrist";
            case PHARMACIST -> "Pharmacist";
            case PHARMACY_TECHNICIAN -> "Pharmacy technician";
            case DENTIST -> "Dentist";
            case DENTAL_NURSE -> "Dental nurse";
            case DENTAL_HYGIENIST_OR_THERAPIST -> "Dental hygienist or dental therapist";
            case OPTOMETRIST -> "Optometrist";
            case DISPENSING_OPTICIAN -> "Dispensing optician";
            case OSTEOPATH -> "Osteopath";
            case CHIROPRACTOR -> "Chiropractor";
            case SOCIAL_WORKER -> "Social worker";
            case HEALTHCARE_ASSISTANT -> "Healthcare assistant";
            case SUPPORT_WORKER -> "Support worker";
            case PORTER -> "Porter";
            case ADMINISTRATOR -> "Administrator or receptionist";
            case MANAGER -> "Manager (not working as a clinician)";
            case OTHER_UNREGISTERED -> "Another role, not registered with a regulator";
            case NOT_SURE -> "Not sure";
        };
    }

    /**
     * A group of roles in the role list.
     *
     * @param label the group's heading in the list
     * @param roles its roles, in the order shown
     */
    record RoleGroup(String label, List<ProfessionalRole> roles) {}

    /**
     * The roles in groups a member of staff recognises; with {@link #UNGROUPED_ROLES}, every role
     * ({@code LabelsTest} checks none is left out).
     */
    static final List<RoleGroup> ROLE_GROUPS = List.of(
            new RoleGroup(
                    "Doctors and associates",
                    List.of(
                            ProfessionalRole.DOCTOR,
                            ProfessionalRole.PHYSICIAN_ASSOCIATE,
                            ProfessionalRole.ANAESTHESIA_ASSOCIATE)),
            new RoleGroup(
                    "Nurses and midwives",
                    List.of(ProfessionalRole.NURSE, ProfessionalRole.MIDWIFE, ProfessionalRole.NURSING_ASSOCIATE)),
            new RoleGroup(
                    "Allied health professionals",
                    List.of(
                            ProfessionalRole.PARAMEDIC,
                            ProfessionalRole.PHYSIOTHERAPIST,
                            ProfessionalRole.OCCUPATIONAL_THERAPIST,
                            ProfessionalRole.OPERATING_DEPARTMENT_PRACTITIONER,
                            ProfessionalRole.RADIOGRAPHER,
                            ProfessionalRole.SPEECH_AND_LANGUAGE_THERAPIST,
                            ProfessionalRole.DIETITIAN,
                            ProfessionalRole.PRACTITIONER_PSYCHOLOGIST,
                            ProfessionalRole.BIOMEDICAL_SCIENTIST,
                            ProfessionalRole.OTHER_ALLIED_HEALTH_PROFESSIONAL)),
            new RoleGroup("Pharmacy", List.of(ProfessionalRole.PHARMACIST, ProfessionalRole.PHARMACY_TECHNICIAN)),
            new RoleGroup(
                    "Dental",
                    List.of(
                            ProfessionalRole.DENTIST,
                            ProfessionalRole.DENTAL_NURSE,
                            ProfessionalRole.DENTAL_HYGIENIST_OR_THERAPIST)),
            new RoleGroup("Optical", List.of(ProfessionalRole.OPTOMETRIST, ProfessionalRole.DISPENSING_OPTICIAN)),
            new RoleGroup(
                    "Osteopaths, chiropractors and social workers",
                    List.of(ProfessionalRole.OSTEOPATH, ProfessionalRole.CHIROPRACTOR, ProfessionalRole.SOCIAL_WORKER)),
            new RoleGroup(
                    "Not registered with a professional regulator",
                    List.of(
                            ProfessionalRole.HEALTHCARE_ASSISTANT,
                            ProfessionalRole.SUPPORT_WORKER,
                            ProfessionalRole.PORTER,
                            ProfessionalRole.ADMINISTRATOR,
                            ProfessionalRole.MANAGER,
                            ProfessionalRole.OTHER_UNREGISTERED)));

    /** Roles listed after the groups, in no group: not knowing someone's role says nothing of it. */
    static final List<ProfessionalRole> UNGROUPED_ROLES = List.of(ProfessionalRole.NOT_SURE);

    static String route(RaisedRoute route) {
        return switch (route) {
            case LINE_MANAGER -> "With my line manager";
            case FREEDOM_TO_SPEAK_UP_GUARDIAN -> "With the Freedom to Speak Up guardian";
            case FORMAL_COMPLAINT -> "As a formal complaint";
            case OTHER -> "Somewhere else";
        };
    }

    static String identity(IdentityChoice identity) {
        return switch (identity) {
            case NAMED -> "Named";
            case CONFIDENTIAL -> "Confidential";
            case ANONYMOUS -> "Anonymous";
        };
    }

    static String identityHint(IdentityChoice identity) {
        return switch (identity) {
            case NAMED -> "Your name goes to the trust handling your concern, so that they can talk to you about it.";
            case CONFIDENTIAL ->
                "Only the trust's Freedom to Speak Up guardian knows who you are. They can contact you, and they"
                        + " keep your name from everyone else.";
            case ANONYMOUS ->
                "No one knows who you are. You get a receipt code to follow your concern. We cannot contact you"
                        + " except through the page where you follow it.";
        };
    }
}
