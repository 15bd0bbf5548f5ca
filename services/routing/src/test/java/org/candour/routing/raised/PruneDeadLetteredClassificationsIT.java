package org.candour.routing.raised;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.candour.routing.RoutingProperties;
import org.candour.testsupport.Infrastructure;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parked classifications dead-lettered longer ago than {@code keep-dead-lettered} are deleted, in batches;
 * those dead-lettered more recently, and those still waiting for their raising however old, stay; a row locked
 * elsewhere, as by another routing instance, is skipped rather than waited for. On the real
 * PostgreSQL with routing's migrations. Time is moved a year ahead, so the application's own pruner and sweep,
 * on the real clock, never touch these rows; routing's Kafka consumers are not started, as this test consumes
 * nothing and another context's consumers in group {@code routing} must keep their partitions.
 */
@SpringBootTest(
        properties = {
            "spring.cloud.stream.bindings.concernRaised-in-0.consumer.auto-startup=false",
            "spring.cloud.stream.bindings.concernClassified-in-0.consumer.auto-startup=false",
            "spring.cloud.stream.bindings.caseDelivered-in-0.consumer.auto-startup=false"
        })
class PruneDeadLetteredClassificationsIT {

    private static final Infrastructure infrastructure = Infrastructure.shared();

    @Autowired
    PruneDeadLetteredClassifications pruner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoutingProperties properties;

    @Autowired
    TransactionTemplate transaction;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.register("routing_prune_it", registry);
    }

    @Test
    void onlyClassificationsDeadLetteredLongerAgoThanTheRetentionAreDeleted() {
        // The database is this test's own; an earlier run's rows would change the count.
        jdbc.sql("delete from parked_classification").update();
        Instant now = Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);
        Duration keep = properties.unknownConcern().keepDeadLettered();
        List<UUID> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Instant deadLettered = now.minus(keep).minusSeconds(1 + i * 86_400L);
            old.add(parked(deadLettered.minus(Duration.ofMinutes(2)), deadLettered));
        }
        Instant recentlyDeadLettered = now.minus(keep).plusSeconds(1);
        List<UUID> kept = List.of(
                parked(recentlyDeadLettered.minus(Duration.ofMinutes(2)), recentlyDeadLettered),
                parked(now.minus(Duration.ofMinutes(10)), now.minus(Duration.ofMinutes(8))),
                // Parked long ago and never dead-lettered (the sweep has not reached it): still waiting.
                parked(now.minus(keep).minus(Duration.ofDays(60)), null),
                parked(now.minus(Duration.ofSeconds(30)), null));

        // Batches of two, so the five old rows take three statements.
        assertThat(pruner.prune(now, 2)).isEqualTo(5);

        assertThat(eventIds()).containsExactlyInAnyOrderElementsOf(kept).doesNotContainAnyElementsOf(old);
        assertThat(pruner.prune(now, 2)).isZero();
    }

    /**
     * A row another instance's prune (or a raising) has locked is skipped, not waited for, and deleted by a
     * later prune once it is free.
     */
    @Test
    void aRowLockedElsewhereIsSkippedWithoutWaitingAndDeletedLater() throws Exception {
        jdbc.sql("delete from parked_classification").update();
        Instant now = Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);
        Instant deadLettered =
                now.minus(properties.unknownConcern().keepDeadLettered()).minusSeconds(60);
        UUID locked = parked(deadLettered.minus(Duration.ofMinutes(2)), deadLettered);
        UUID free = parked(deadLettered.minus(Duration.ofMinutes(2)), deadLettered);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService other = Executors.newSingleThreadExecutor()) {
            Future<?> lock = other.submit(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("select 1 from parked_classification where event_id = ? for update")
                        .param(locked)
                        .query()
                        .singleRow();
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            long deleted = pruner.prune(now, 10);

            assertThat(deleted).isOne();
            assertThat(eventIds()).containsExactly(locked).doesNotContain(free);
            release.countDown();
            lock.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
        }
        assertThat(pruner.prune(now, 10)).isOne();
        assertThat(eventIds()).doesNotContain(locked);
    }

    /**
     * The planner would scan a table this small whatever the indexes, so scans are priced out for the one
     * transaction: what is left is the index that serves the delete (the statement is
     * {@link ParkedClassifications#deleteDeadLetteredBefore}'s).
     */
    @Test
    void theDeleteCanFindItsRowsThroughTheIndexOfDeadLetteredRows() {
        String plan = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("""
                                    explain delete from parked_classification
                                    where position in (
                                      select position from parked_classification
                                      where dead_lettered_at < now() limit 1000 for update skip locked)
                                    """).query(String.class).list());
        });
        assertThat(plan).contains("parked_classification_dead_lettered");
    }

    private UUID parked(Instant parkedAt, @Nullable Instant deadLetteredAt) {
        UUID eventId = UUID.randomUUID();
        jdbc.sql("""
                        insert into parked_classification
                          (event_id, concern_id, record_key, record_value, headers, parked_at, dead_lettered_at)
                        values (?, ?, null, ?, '{}'::jsonb, ?, ?)
                        """)
                .params(
                        eventId,
                        UUID.randomUUID(),
                        "{}".getBytes(StandardCharsets.UTF_8),
                        Timestamp.from(parkedAt),
                        deadLetteredAt == null ? null : Timestamp.from(deadLetteredAt))
                .update();
        return eventId;
    }

    private List<UUID> eventIds() {
        return jdbc.sql("select event_id from parked_classification")
                .query(UUID.class)
                .list();
    }
}
