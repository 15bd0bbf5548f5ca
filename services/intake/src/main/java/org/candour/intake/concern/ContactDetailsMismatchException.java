package org.candour.intake.concern;

import org.candour.events.IdentityChoice;

/** Contact details given for an anonymous concern, or missing for a named or confidential one. */
public class ContactDetailsMismatchException extends RuntimeException {

    ContactDetailsMismatchException(IdentityChoice identity) {
        super(messageFor(identity));
    }

    /** What a reporter is told when their identity choice and contact details do not match. */
    public static String messageFor(IdentityChoice identity) {
        return identity == IdentityChoice.ANONYMOUS
                ? "An anonymous concern takes no name or email. Remove them, or choose NAMED or CONFIDENTIAL to be"
                        + " contacted."
                : "Give your name and email so that you can be contacted about this concern"
                        + (identity == IdentityChoice.CONFIDENTIAL
                                ? " (only the trust's Freedom to Speak Up guardian will see them)."
                                : ".");
    }
}
