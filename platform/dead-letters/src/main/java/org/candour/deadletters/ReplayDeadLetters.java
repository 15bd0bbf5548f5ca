package org.candour.deadletters;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Replays dead letters: publishes each one's original key, value and headers to the topic it came from, without
 * the headers dead-lettering added and with {@value DeadLetterHeaders#REPLAYED_FROM}, so that its consumers read it
 * again. The partition is the original topic's partitioner's choice for the key, which keeps a concern's records on
 * one partition. Every dead letter asked for is found, and every original topic checked, before the first is
 * published, so a bad position replays nothing. A replay leaves the dead letter where it is (Kafka does not delete
 * single records); repeating it is safe because every consumer skips an event whose {@code ce_id} it has already
 * applied.
 */
final class ReplayDeadLetters {

    private final KafkaDeadLetters kafka;
    private final PrintStream out;

    ReplayDeadLetters(KafkaDeadLetters kafka, PrintStream out) {
        this.kafka = kafka;
        this.out = out;
    }

    /**
     * @throws RefusedException if the topic, a position or an original topic does not exist, before anything is
     *     replayed; or if the cluster does not take a replay, after those before it
     */
    void replay(Arguments.ReplayRequest request) {
        String topic = request.topic();
        kafka.requireDeadLetterTopic(topic);
        List<DeadLetter> deadLetters = request.all()
                ? kafka.readAll(topic)
                : request.positions().stream()
                        .map(position -> kafka.read(topic, position))
                        .toList();
        if (deadLetters.isEmpty()) {
            out.println("Nothing to replay: " + topic + " holds no dead letters.");
            return;
        }
        Set<String> checked = new HashSet<>();
        for (DeadLetter deadLetter : deadLetters) {
            String original = deadLetter.origin().topic();
            if (checked.add(original) && !kafka.exists(original)) {
                throw new RefusedException("The original topic " + original + " of " + deadLetter.position()
                        + " does not exist on " + kafka.servers() + ", so nothing was replayed. Create it, or check"
                        + " that this is the cluster the dead letter came from.");
            }
        }
        for (DeadLetter deadLetter : deadLetters) {
            DeadLetter.Origin origin = deadLetter.origin();
            RecordMetadata replayed = kafka.publish(new ProducerRecord<>(
                    origin.topic(),
                    null,
                    deadLetter.key(),
                    deadLetter.value(),
                    DeadLetterHeaders.forReplay(deadLetter.headers(), deadLetter.position())));
            out.println("Replayed " + deadLetter.position() + " to " + replayed.topic() + " partition "
                    + replayed.partition() + " offset " + replayed.offset()
                    + (origin.derived() ? " (topic derived from the dead-letter topic's name)" : "") + ": key "
                    + ListDeadLetters.printable(deadLetter.keyText()) + ", ce_type "
                    + ListDeadLetters.printable(deadLetter.ceType()) + ", ce_id "
                    + ListDeadLetters.printable(deadLetter.ceId()));
        }
        out.println("Replayed " + ListDeadLetters.count(deadLetters.size()) + " from " + topic
                + ". They stay on " + topic + "; replaying one again is harmless, as consumers skip an event"
                + " whose ce_id they have already applied.");
    }
}
