package org.candour.classification.analysis;

/** The 15 legacy NRLS incident categories still in common use (DOMAIN.md section 2). */
public enum IncidentCategory {
    ACCESS_ADMISSION_TRANSFER_DISCHARGE,
    CLINICAL_ASSESSMENT,
    CONSENT_COMMUNICATION_CONFIDENTIALITY,
    DISRUPTIVE_BEHAVIOUR,
    DOCUMENTATION,
    IMPLEMENTATION_OF_CARE_AND_MONITORING,
    INFECTION_CONTROL,
    /** Staffing, facilities, environment. */
    INFRASTRUCTURE,
    MEDICAL_DEVICE_EQUIPMENT,
    MEDICATION,
    PATIENT_ABUSE,
    PATIENT_ACCIDENT,
    SELF_HARM,
    TREATMENT_PROCEDURE,
    /** No category's cue matched. */
    OTHER
}
