package org.candour.events;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The roles of the professionals a concern involves, with the regulator each is registered with
 * (DOMAIN.md section 3); unregistered roles have none.
 */
public enum ProfessionalRole {
    DOCTOR(Destination.GMC),
    PHYSICIAN_ASSOCIATE(Destination.GMC),
    ANAESTHESIA_ASSOCIATE(Destination.GMC),
    NURSE(Destination.NMC),
    MIDWIFE(Destination.NMC),
    NURSING_ASSOCIATE(Destination.NMC),
    PARAMEDIC(Destination.HCPC),
    PHYSIOTHERAPIST(Destination.HCPC),
    OCCUPATIONAL_THERAPIST(Destination.HCPC),
    OPERATING_DEPARTMENT_PRACTITIONER(Destination.HCPC),
    RADIOGRAPHER(Destination.HCPC),
    SPEECH_AND_LANGUAGE_THERAPIST(Destination.HCPC),
    DIETITIAN(Destination.HCPC),
    PRACTITIONER_PSYCHOLOGIST(Destination.HCPC),
    BIOMEDICAL_SCIENTIST(Destination.HCPC),
    OTHER_ALLIED_HEALTH_PROFESSIONAL(Destination.HCPC),
    PHARMACIST(Destination.GPHC),
    PHARMACY_TECHNICIAN(Destination.GPHC),
    DENTIST(Destination.GDC),
    DENTAL_NURSE(Destination.GDC),
    DENTAL_HYGIENIST_OR_THERAPIST(Destination.GDC),
    OPTOMETRIST(Destination.GOC),
    DISPENSING_OPTICIAN(Destination.GOC),
    OSTEOPATH(Destination.GOSC),
    CHIROPRACTOR(Destination.GCC),
    SOCIAL_WORKER(Destination.SWE),
    HEALTHCARE_ASSISTANT(null),
    SUPPORT_WORKER(null),
    PORTER(null),
    ADMINISTRATOR(null),
    MANAGER(null),
    OTHER_UNREGISTERED(null),
    NOT_SURE(null);

    private final @Nullable Destination regulator;

    ProfessionalRole(@Nullable Destination regulator) {
        this.regulator = regulator;
    }

    /** The regulator people in this role are registered with; none for unregistered roles. */
    public Optional<Destination> regulator() {
        return Optional.ofNullable(regulator);
    }
}
