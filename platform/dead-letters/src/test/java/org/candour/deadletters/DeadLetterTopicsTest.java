package org.candour.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.candour.events.EventType;
import org.junit.jupiter.api.Test;

class DeadLetterTopicsTest {

    @Test
    void findsTheTopicAndGroupOfEveryDeadLetterTopicTheConventionNames() {
        for (EventType<?> type : EventType.ALL) {
            for (String group : List.of("classification", "routing", "delivery", "intake", "messaging-test")) {
                String deadLetterTopic = type.deadLetterTopic(group);

                assertThat(DeadLetterTopics.isDeadLetterTopic(deadLetterTopic)).isTrue();
                assertThat(DeadLetterTopics.originalTopic(deadLetterTopic)).contains(type.topic());
                assertThat(DeadLetterTopics.group(deadLetterTopic)).contains(group);
            }
        }
    }

    @Test
    void namesOutsideTheConventionAreNotDeadLetterTopics() {
        for (String name : List.of(
                "candour.intake.concern-raised.v1",
                "orders.dlq",
                ".group.dlq",
                "topic..dlq",
                "candour.intake.concern-raised.v1.classification.DLQ",
                "__consumer_offsets")) {
            assertThat(DeadLetterTopics.isDeadLetterTopic(name)).as(name).isFalse();
            assertThat(DeadLetterTopics.originalTopic(name)).as(name).isEmpty();
        }
    }
}
