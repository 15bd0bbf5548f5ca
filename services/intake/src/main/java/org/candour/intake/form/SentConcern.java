package org.candour.intake.form;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import org.candour.events.IdentityChoice;
import org.jspecify.annotations.Nullable;

/**
 * The concern this session sent, for the confirmation page. The receipt code is held only until that
 * page is first shown: after that nothing can show it again.
 *
 * @param reference the concern's reference
 * @param receiptCode an anonymous reporter's receipt code, until it has been shown
 * @param identity how the reporter chose to be known
 * @param immediateDanger whether they said someone is in danger now
 */
record SentConcern(String reference, @Nullable String receiptCode, IdentityChoice identity, boolean immediateDanger)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String SESSION_ATTRIBUTE = SentConcern.class.getName();

    static Optional<SentConcern> in(HttpSession session) {
        return session.getAttribute(SESSION_ATTRIBUTE) instanceof SentConcern sent
                ? Optional.of(sent)
                : Optional.empty();
    }

    void keepIn(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, this);
    }

    SentConcern withoutReceiptCode() {
        return new SentConcern(reference, null, identity, immediateDanger);
    }

    /** The receipt code stays out of logs. */
    @Override
    public String toString() {
        return "SentConcern[reference=" + reference + "]";
    }
}
