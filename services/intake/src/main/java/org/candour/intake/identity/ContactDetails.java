package org.candour.intake.identity;

/**
 * How a named or confidential reporter can be reached. Never logged: {@link #toString()} hides it.
 *
 * @param name the reporter's name
 * @param email where the team handling the concern can write to them
 */
public record ContactDetails(String name, String email) {

    @Override
    public String toString() {
        return "ContactDetails[hidden]";
    }
}
