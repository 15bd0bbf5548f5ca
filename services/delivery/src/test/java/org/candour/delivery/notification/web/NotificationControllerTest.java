package org.candour.delivery.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.delivery.notification.Notification;
import org.candour.delivery.notification.NotificationStatus;
import org.candour.delivery.notification.Notifications;
import org.candour.events.Destination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The controller alone. Bearer-token checks are not loaded in this slice (they guard only the bodies'
 * API, and the operators' listing stays open); the ITs run the real security configuration.
 */
@WebMvcTest(
        controllers = NotificationController.class,
        excludeAutoConfiguration = OAuth2ResourceServerAutoConfiguration.class)
class NotificationControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Notifications notifications;

    @Test
    void listsTheNewestNotificationsWithTheAskedStatus() {
        Notification pending = notification();
        given(notifications.newest(NotificationStatus.PENDING, 20)).willReturn(List.of(pending));

        assertThat(mvc.get().uri("/api/v1/notifications?status=PENDING&limit=20"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"notifications": [{
                          "id": "%s", "caseId": "%s", "concernId": "%s", "reference": "QC-2026-000123",
                          "destination": "HSSIB", "recipientCode": "HSSIB",
                          "recipientName": "Health Services Safety Investigations Body", "urgent": false,
                          "status": "PENDING", "attempts": 0, "createdAt": "2026-11-25T09:15:00Z"
                        }]}
                        """.formatted(pending.id(), pending.caseId(), pending.concernId()));
    }

    @Test
    void listsFiftyOfEveryStatusWhenNothingIsAsked() {
        Notification any = notification();
        given(notifications.newest(50)).willReturn(List.of(any));

        assertThat(mvc.get().uri("/api/v1/notifications"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.notifications[0].caseId")
                .isEqualTo(any.caseId().toString());
    }

    @Test
    void refusesAnUnknownStatusNamingTheParameterAndTheStatusesThatExist() {
        assertThat(mvc.get().uri("/api/v1/notifications?status=SHIPPED"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"status": 400,
                         "detail": "Parameter 'status' must be one of PENDING, SENT, FAILED, DISABLED, not 'SHIPPED'.",
                         "instance": "/api/v1/notifications",
                         "errors": [{"parameter": "status", "detail": "must be one of PENDING, SENT, FAILED, DISABLED"}]}
                        """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "201"})
    void refusesALimitOutsideOneToTwoHundred(String limit) {
        assertThat(mvc.get().uri("/api/v1/notifications?limit=" + limit))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.errors[0].parameter")
                .isEqualTo("limit");
    }

    @Test
    void refusesALimitThatIsNotANumber() {
        assertThat(mvc.get().uri("/api/v1/notifications?limit=lots"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"errors": [{"parameter": "limit", "detail": "must be a whole number"}]}
                        """);
    }

    @Test
    void showsTheNotificationOfACase() {
        Notification notification = notification();
        given(notifications.forCase(notification.caseId())).willReturn(Optional.of(notification));

        assertThat(mvc.get().uri("/api/v1/cases/{caseId}/notification", notification.caseId()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.id")
                .isEqualTo(notification.id().toString());
    }

    @Test
    void answersNotFoundProblemForACaseWithoutANotification() {
        UUID caseId = UUID.randomUUID();
        given(notifications.forCase(caseId)).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/v1/cases/{caseId}/notification", caseId))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"status": 404, "title": "Not Found", "caseId": "%s",
                         "detail": "No notification is recorded for case %s"}
                        """.formatted(caseId, caseId));
    }

    @Test
    void refusesACaseIdThatIsNotAUuid() {
        assertThat(mvc.get().uri("/api/v1/cases/not-a-uuid/notification"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"errors": [{"parameter": "caseId", "detail": "must be a UUID"}]}
                        """);
    }

    private static Notification notification() {
        return new Notification(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "QC-2026-000123",
                Destination.HSSIB,
                "HSSIB",
                "Health Services Safety Investigations Body",
                false,
                NotificationStatus.PENDING,
                0,
                Instant.parse("2026-11-25T09:15:00Z"));
    }
}
