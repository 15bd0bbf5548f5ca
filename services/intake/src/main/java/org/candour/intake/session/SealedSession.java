package org.candour.intake.session;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.candour.intake.identity.IdentityVault;
import org.candour.sessions.DigestedSession;
import org.candour.sessions.ForwardingSession;
import org.jspecify.annotations.Nullable;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * A session whose attributes reach the store only sealed: each value is serialised and sealed with
 * the session id and the attribute name as associated data, so that a value copied into another
 * session, or under another name, does not open. Opened values are kept for the rest of the
 * request, as the store's own session keeps its deserialised ones.
 *
 * <p>Its id is the browser's, which the store never sees: the store's session has the id's digest
 * ({@link DigestedSession}). The seal is bound to the browser's id, so a value opens only for the one
 * cookie whose digest finds its row.
 */
final class SealedSession extends ForwardingSession<DigestedSession> {

    private static final Log log = LogFactory.getLog(SealedSession.class);
    private static final char SEPARATOR = '\u001f';

    private final IdentityVault vault;
    private final SerializingConverter serializer;
    private final DeserializingConverter deserializer;
    private final Map<String, Object> opened = new HashMap<>();

    SealedSession(
            DigestedSession stored,
            IdentityVault vault,
            SerializingConverter serializer,
            DeserializingConverter deserializer) {
        super(stored);
        this.vault = vault;
        this.serializer = serializer;
        this.deserializer = deserializer;
    }

    DigestedSession stored() {
        return delegate();
    }

    /**
     * Draws a new id for the browser, gives the store its digest, and seals every attribute again for
     * the new id, as each was bound to the old one.
     */
    @Override
    public String changeSessionId() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : getAttributeNames()) {
            Object value = getAttribute(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        String changed = delegate().changeSessionId();
        values.forEach(this::setAttribute);
        return changed;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T getAttribute(String name) {
        if (opened.containsKey(name)) {
            return (T) opened.get(name);
        }
        Object value = delegate().getAttribute(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof SealedAttribute sealed)) {
            throw new IllegalStateException("Session attribute " + name + " was stored without its seal");
        }
        Object open;
        try {
            open = deserializer.convert(vault.open(sealed.bytes(), associatedData(name)));
        } catch (IdentityVault.UnopenableException e) {
            // Moved from another session, changed, or sealed with a key since removed: as if never set.
            log.warn("Dropped session attribute " + name + ": " + e.getMessage());
            delegate().removeAttribute(name);
            return null;
        }
        opened.put(name, open);
        return (T) open;
    }

    @Override
    public void setAttribute(String name, @Nullable Object value) {
        if (value == null) {
            removeAttribute(name);
            return;
        }
        delegate().setAttribute(name, new SealedAttribute(vault.seal(serializer.convert(value), associatedData(name))));
        opened.put(name, value);
    }

    @Override
    public void removeAttribute(String name) {
        opened.remove(name);
        delegate().removeAttribute(name);
    }

    private String associatedData(String name) {
        return "session" + SEPARATOR + getId() + SEPARATOR + name;
    }
}
