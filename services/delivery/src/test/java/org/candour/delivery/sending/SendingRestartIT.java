package org.candour.delivery.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.candour.delivery.DeliveryApplication;
import org.candour.delivery.endpoint.ManageEndpoints;
import org.candour.delivery.sending.WebhookReceiver.Answer;
import org.candour.events.CaseRoutedV1;
import org.candour.events.Destination;
import org.candour.events.EventType;
import org.candour.testsupport.EventPublisher;
import org.candour.testsupport.Infrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retries live in the database, not in the process: delivery stops between a message's failed first
 * attempt and its retry, a new process starts on the same database, and every message still arrives,
 * once per webhook-id.
 */
class SendingRestartIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();
    private static final EventPublisher events = new EventPublisher(infrastructure.kafkaBootstrapServers());
    private static final String DATABASE = "delivery_restart_it";
    private static final int MESSAGES = 5;

    @Test
    void messagesFailedBeforeARestartAreDeliveredAfterItOncePerWebhookId() throws Exception {
        Map<String, AtomicInteger> requestsPerId = new ConcurrentHashMap<>();
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        // The first request of each message fails; any later one succeeds.
        try (WebhookReceiver receiver = WebhookReceiver.answeringEach(request -> {
            String id = request.webhookId();
            requestsPerId.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
            return failedOnce.add(id) ? Answer.status(500) : Answer.ok();
        })) {
            List<CaseRoutedV1> cases;
            UUID endpointId;
            try (ConfigurableApplicationContext first = start()) {
                JdbcClient jdbc = first.getBean(JdbcClient.class);
                jdbc.sql("update endpoint set status = 'DISABLED', status_reason = 'an earlier run'")
                        .update();
                ManageEndpoints.WithSecret endpoint = first.getBean(ManageEndpoints.class)
                        .register("PHSO", receiver.url(), List.of("case.routed"), "restart test", null);
                endpointId = endpoint.endpoint().id();
                cases = java.util.stream.IntStream.range(0, MESSAGES)
                        .mapToObj(i -> SendWebhooksIT.routedCase(
                                Destination.PHSO, "Parliamentary and Health Service Ombudsman"))
                        .toList();
                for (CaseRoutedV1 routed : cases) {
                    events.publish(EventType.CASE_ROUTED_V1, routed.concernId(), routed, UUID.randomUUID());
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> failedOnce.size() == MESSAGES);
                await().atMost(Duration.ofSeconds(5)).until(() -> pendingAfterOneFailure(jdbc, endpointId) == MESSAGES);
            }
            assertThat(receiver.delivered()).isEmpty();

            try (ConfigurableApplicationContext second = start()) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> receiver.delivered().size() == MESSAGES);
                // Nothing more arrives: each message was delivered once.
                await().during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(5))
                        .until(() -> receiver.delivered().size() == MESSAGES);
                JdbcClient jdbc = second.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select status from delivery where endpoint_id = ?")
                                .param(endpointId)
                                .query(String.class)
                                .list())
                        .hasSize(MESSAGES)
                        .containsOnly("DELIVERED");
            }
            Map<String, Long> deliveriesPerId = receiver.delivered().stream()
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::webhookId, Collectors.counting()));
            assertThat(deliveriesPerId)
                    .hasSize(MESSAGES)
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            assertThat(requestsPerId.values())
                    .allSatisfy(count -> assertThat(count.get()).isEqualTo(2));
        }
    }

    private static int pendingAfterOneFailure(JdbcClient jdbc, UUID endpointId) {
        return jdbc.sql("""
                        select count(*) from delivery
                        where endpoint_id = ? and status = 'PENDING' and attempts_made = 1
                        """).param(endpointId).query(Integer.class).single();
    }

    private static ConfigurableApplicationContext start() {
        Map<String, Object> properties = new HashMap<>();
        infrastructure.register(DATABASE, (name, value) -> properties.put(name, value.get()));
        properties.putAll(Map.of(
                "server.port", "0",
                "candour.delivery.allow-http", "true",
                "candour.delivery.allow-list", "127.0.0.1",
                "candour.delivery.sending.poll-interval", "100ms",
                // Long enough that the retry falls after the restart.
                "candour.delivery.sending.retry-delays", "10s,10s",
                "candour.delivery.sending.retry-jitter", "0",
                "candour.delivery.sending.timeout", "3s",
                "candour.delivery.sending.lease", "20s",
                "candour.delivery.sending.summary-wait", "0s"));
        // Every first attempt fails on purpose, all at once: neither the breaker nor the bulkhead may hold one back.
        properties.put("candour.delivery.sending.bulkhead.max-concurrent-calls", "10");
        properties.put("candour.delivery.sending.circuit-breaker.minimum-number-of-calls", "50");
        properties.put("candour.delivery.sending.circuit-breaker.sliding-window-size", "50");
        // As command-line arguments, which win over application.yml (default properties would not).
        return new SpringApplicationBuilder(DeliveryApplication.class)
                .run(properties.entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
    }
}
