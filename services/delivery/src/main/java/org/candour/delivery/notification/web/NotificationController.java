package org.candour.delivery.notification.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.candour.delivery.notification.NotificationStatus;
import org.candour.delivery.notification.Notifications;
import org.candour.delivery.notification.UnknownCaseException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only view of recorded notifications, for operators following what is owed to whom. */
@RestController
@RequestMapping("/api/v1")
class NotificationController {

    static final int MAX_LIMIT = 200;

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Newest first; every status unless one is asked for. */
    @GetMapping("/notifications")
    Listing list(
            @RequestParam(required = false) @Nullable NotificationStatus status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_LIMIT) int limit) {
        var found = status == null ? notifications.newest(limit) : notifications.newest(status, limit);
        return new Listing(found.stream().map(NotificationResponse::of).toList());
    }

    @GetMapping("/cases/{caseId}/notification")
    NotificationResponse forCase(@PathVariable UUID caseId) {
        return notifications
                .forCase(caseId)
                .map(NotificationResponse::of)
                .orElseThrow(() -> new UnknownCaseException(caseId));
    }

    /** Wrapped rather than a bare array, so paging can be added without breaking clients. */
    record Listing(List<NotificationResponse> notifications) {}
}
