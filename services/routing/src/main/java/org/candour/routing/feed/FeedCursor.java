package org.candour.routing.feed;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a reader of the feed got to: after the case opened at this position. Opaque to clients, so
 * the feed can change what it keeps in a cursor without breaking them; a new case always comes after
 * every cursor already handed out, so a client polls with the last cursor it was given.
 */
record FeedCursor(long after) {

    static final FeedCursor START = new FeedCursor(0);

    private static final Pattern SHAPE = Pattern.compile("c1\\.(\\d{1,18})");

    /** The cursor a client sent, or empty if it is not one this feed handed out. */
    static Optional<FeedCursor> parse(String cursor) {
        try {
            Matcher matcher = SHAPE.matcher(new String(Base64.getUrlDecoder().decode(cursor), US_ASCII));
            return matcher.matches() ? Optional.of(new FeedCursor(Long.parseLong(matcher.group(1)))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("c1." + after).getBytes(US_ASCII));
    }
}
