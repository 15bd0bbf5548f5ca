package org.candour.deadletters;

import java.io.PrintStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lists the dead letters of every dead-letter topic, or of one: where each is, when it was dead-lettered, its key,
 * {@code ce_type} and {@code ce_id}, where it came from and why it was dead-lettered. The value's size only, never
 * the value.
 */
final class ListDeadLetters {

    private final KafkaDeadLetters kafka;
    private final PrintStream out;

    ListDeadLetters(KafkaDeadLetters kafka, PrintStream out) {
        this.kafka = kafka;
        this.out = out;
    }

    /**
     * @param topic one dead-letter topic, or null for all of them
     * @throws RefusedException if the topic does not exist
     */
    void list(@Nullable String topic) {
        List<String> topics;
        if (topic == null) {
            topics = kafka.deadLetterTopics();
        } else {
            kafka.requireDeadLetterTopic(topic);
            topics = List.of(topic);
        }
        if (topics.isEmpty()) {
            out.println("No dead-letter topics on " + kafka.servers() + ": nothing has been dead-lettered there.");
            return;
        }
        for (String each : topics) {
            List<DeadLetter> deadLetters = kafka.readAll(each);
            out.println(each + " (" + count(deadLetters.size()) + ")");
            deadLetters.forEach(this::print);
        }
    }

    private void print(DeadLetter deadLetter) {
        out.println("  " + deadLetter.partition() + ":" + deadLetter.offset() + " at " + deadLetter.timestamp());
        out.println("    key:      " + printable(deadLetter.keyText()));
        out.println("    ce_type:  " + printable(deadLetter.ceType()));
        out.println("    ce_id:    " + printable(deadLetter.ceId()));
        out.println("    original: " + printable(deadLetter.origin().describe()));
        out.println("    reason:   " + printable(deadLetter.reason()));
        out.println("    value:    "
                + (deadLetter.valueSize() < 0 ? "none" : deadLetter.valueSize() + " bytes (not shown)"));
    }

    static String count(int deadLetters) {
        return deadLetters == 1 ? "1 dead letter" : deadLetters + " dead letters";
    }

    /** Header text on one line: line breaks and other control characters escaped, "(none)" when absent. */
    static String printable(@Nullable String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        line.append(String.format("\\u%04x", c));
                    } else {
                        line.appendCodePoint(c);
                    }
                }
            }
        });
        return line.toString();
    }
}
