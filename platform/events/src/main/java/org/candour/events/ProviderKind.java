package org.candour.events;

/** The kinds of provider a concern can be about (DOMAIN.md section 3). */
public enum ProviderKind {
    /** An NHS trust from the organisation directory, with a board and a Freedom to Speak Up guardian. */
    NHS_TRUST(true),
    GP_PRACTICE(false),
    COMMUNITY_PHARMACY(false),
    DENTAL_PRACTICE(false),
    OPTICAL_PRACTICE(false),
    /** An independent hospital provider, which has its own board. */
    INDEPENDENT_HOSPITAL(true),
    ADULT_SOCIAL_CARE(false),
    /** A self-employed practitioner outside any provider. */
    INDEPENDENT_PRACTITIONER(false);

    private final boolean hasBoard;

    ProviderKind(boolean hasBoard) {
        this.hasBoard = hasBoard;
    }

    /**
     * Whether the provider has a board of its own to take the concern; independent primary-care
     * contractors and practitioners do not, so their system's ICS quality group does.
     */
    public boolean hasBoard() {
        return hasBoard;
    }
}
