package org.candour.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeadLetterTopicTest {

    @Test
    void findsTheTopicAndGroupOfEveryDeadLetterTopicTheConventionNames() {
        for (EventType<?> type : EventType.ALL) {
            for (String group : List.of("classification", "routing", "delivery", "intake", "messaging-test")) {
                String deadLetterTopic = type.deadLetterTopic(group);

                assertThat(DeadLetterTopic.parse(deadLetterTopic).isPresent()).isTrue();
                assertThat(DeadLetterTopic.parse(deadLetterTopic).map(DeadLetterTopic::topic))
                        .contains(type.topic());
                assertThat(DeadLetterTopic.parse(deadLetterTopic).map(DeadLetterTopic::group))
                        .contains(group);
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
            assertThat(DeadLetterTopic.parse(name).isPresent()).as(name).isFalse();
            assertThat(DeadLetterTopic.parse(name).map(DeadLetterTopic::topic))
                    .as(name)
                    .isEmpty();
        }
    }
}
