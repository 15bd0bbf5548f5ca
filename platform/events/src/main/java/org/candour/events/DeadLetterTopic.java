package org.candour.events;

import java.util.Optional;

/**
 * The dead-letter topic of a topic and the consumer group that could not process its records: named
 * {@code <topic>.<group>.dlq}, and read back from that name by the operator's tool. Candour's groups are service
 * names, without dots, so the group is the last part before {@code .dlq}.
 *
 * @param topic the topic the dead letters came from
 * @param group the consumer group that gave up on them
 */
public record DeadLetterTopic(String topic, String group) {

    /** Why a record was dead-lettered, in a header of the dead letter: {@code poison: …}, {@code retries exhausted: …}. */
    public static final String REASON_HEADER = "candour_dlq_reason";

    private static final String SUFFIX = ".dlq";

    /** The topic's name: {@code <topic>.<group>.dlq}. */
    public String name() {
        return topic + "." + group + SUFFIX;
    }

    /** The topic and group a name follows the convention for, or nothing if it does not (both must be non-empty). */
    public static Optional<DeadLetterTopic> parse(String name) {
        if (!name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String topicAndGroup = name.substring(0, name.length() - SUFFIX.length());
        int dot = topicAndGroup.lastIndexOf('.');
        if (dot <= 0 || dot == topicAndGroup.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new DeadLetterTopic(topicAndGroup.substring(0, dot), topicAndGroup.substring(dot + 1)));
    }
}
