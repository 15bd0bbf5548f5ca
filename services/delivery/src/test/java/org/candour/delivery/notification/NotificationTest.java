package org.candour.delivery.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.events.CaseRoutedV1;
import org.candour.events.Destination;
import org.candour.events.HarmLevel;
import org.candour.events.QualityDomain;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:15:00Z");

    @Test
    void aRoutedCaseBecomesAPendingNotificationForItsRecipientThatWasNeverTried() {
        CaseRoutedV1 routed = new CaseRoutedV1(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "QC-2026-000123",
                Destination.CQC,
                "CQC",
                "Care Quality Commission",
                List.of("Closed-culture signs at a registered provider."),
                NOW.minusSeconds(60),
                "routing-2026.1",
                QualityDomain.SAFE,
                HarmLevel.SEVERE,
                true,
                null,
                List.of(),
                List.of(),
                null);
        UUID id = UUID.randomUUID();

        Notification notification = Notification.pendingFor(routed, id, NOW);

        assertThat(notification)
                .isEqualTo(new Notification(
                        id,
                        routed.caseId(),
                        routed.concernId(),
                        "QC-2026-000123",
                        Destination.CQC,
                        "CQC",
                        "Care Quality Commission",
                        true,
                        NotificationStatus.PENDING,
                        0,
                        NOW));
    }

    @Test
    void aNotificationCannotHaveBeenTriedANegativeNumberOfTimes() {
        UUID caseId = UUID.randomUUID();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Notification(
                        UUID.randomUUID(),
                        caseId,
                        UUID.randomUUID(),
                        "QC-2026-000124",
                        Destination.GMC,
                        "GMC",
                        "General Medical Council",
                        false,
                        NotificationStatus.PENDING,
                        -1,
                        NOW))
                .withMessageContaining(caseId.toString())
                .withMessageContaining("-1 attempts");
    }
}
