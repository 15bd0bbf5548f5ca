package org.candour.deadletters;

import java.util.Optional;
import org.candour.events.EventType;

/**
 * The dead-letter naming convention read backwards: {@link EventType#deadLetterTopic(String, String)} names the
 * dead-letter topic of a topic and consumer group {@code <topic>.<group>.dlq}; here a name is recognised as one and
 * the topic it was named after is found again. Candour's groups are service names, without dots, so the group is the
 * last part before {@code .dlq}.
 */
final class DeadLetterTopics {

    static final String SUFFIX = ".dlq";

    private DeadLetterTopics() {}

    /** Whether the name follows {@code <topic>.<group>.dlq}, with a topic and a group that are not empty. */
    static boolean isDeadLetterTopic(String name) {
        return originalTopic(name).isPresent();
    }

    /** The {@code <topic>} of {@code <topic>.<group>.dlq}, or nothing if the name does not follow the convention. */
    static Optional<String> originalTopic(String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String topicAndGroup = deadLetterTopic.substring(0, deadLetterTopic.length() - SUFFIX.length());
        int dot = topicAndGroup.lastIndexOf('.');
        if (dot <= 0 || dot == topicAndGroup.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(topicAndGroup.substring(0, dot));
    }

    /** The {@code <group>} of {@code <topic>.<group>.dlq}, or nothing if the name does not follow the convention. */
    static Optional<String> group(String deadLetterTopic) {
        return originalTopic(deadLetterTopic)
                .map(topic ->
                        deadLetterTopic.substring(topic.length() + 1, deadLetterTopic.length() - SUFFIX.length()));
    }
}
