package org.candour.intake.session;

import org.candour.sessions.DigestedSessionIds;

/**
 * Intake's session ids: the browser holds 256 random bits, the session table only their SHA-256
 * digest (ADR 0027). The drawing, the digest and the hand-over to the store are shared with
 * classification ({@link DigestedSessionIds}); this is the generator intake's store draws from and
 * {@link SealedSessionRepository} hands the digests through.
 */
final class SessionIds extends DigestedSessionIds {}
