package org.candour.events;

/** The fifteen incident categories in common use (legacy NRLS), DOMAIN.md section 2. */
public enum IncidentCategory {
    ACCESS_ADMISSION_TRANSFER_DISCHARGE,
    CLINICAL_ASSESSMENT,
    CONSENT_COMMUNICATION_CONFIDENTIALITY,
    DISRUPTIVE_BEHAVIOUR,
    DOCUMENTATION,
    IMPLEMENTATION_OF_CARE_AND_MONITORING,
    INFECTION_CONTROL,
    /** Concerns about staffing, facilities or the environment themselves, not as the cause of another event. */
    INFRASTRUCTURE,
    MEDICAL_DEVICE_EQUIPMENT,
    MEDICATION,
    PATIENT_ABUSE,
    PATIENT_ACCIDENT,
    SELF_HARM,
    TREATMENT_PROCEDURE,
    /** No other category fits. */
    OTHER
}
