package org.candour.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;

/**
 * A session that hands every call to the session it wraps; a subclass overrides only what it changes
 * (the id for {@link DigestedSession}, the attributes for intake's sealed session), so that the rest of
 * Spring Session's interface is written once.
 *
 * @param <S> the wrapped session's type
 */
public abstract class ForwardingSession<S extends Session> implements Session {

    private final S delegate;

    protected ForwardingSession(S delegate) {
        this.delegate = delegate;
    }

    /** The wrapped session. */
    protected final S delegate() {
        return delegate;
    }

    @Override
    public String getId() {
        return delegate.getId();
    }

    @Override
    public String changeSessionId() {
        return delegate.changeSessionId();
    }

    @Override
    public <T> @Nullable T getAttribute(String name) {
        return delegate.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
        return delegate.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, @Nullable Object value) {
        delegate.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
        delegate.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
        return delegate.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        delegate.setLastAccessedTime(lastAccessedTime);
    }

    @Override
    public Instant getLastAccessedTime() {
        return delegate.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        delegate.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return delegate.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return delegate.isExpired();
    }
}
