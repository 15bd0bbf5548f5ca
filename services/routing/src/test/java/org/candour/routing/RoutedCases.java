package org.candour.routing;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What routing opened for a concern, as its tests read it back. */
public final class RoutedCases {

    private RoutedCases() {}

    /** "DESTINATION recipientCode" of each case of the concern, in the order opened. */
    public static List<String> destinations(JdbcClient jdbc, UUID concernId) {
        return jdbc.sql(
                        "select destination || ' ' || recipient_code from routed_case where concern_id = ? order by position")
                .param(concernId)
                .query(String.class)
                .list();
    }
}
