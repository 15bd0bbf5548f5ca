package org.candour.deadletters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.candour.events.DeadLetterTopic;
import org.jspecify.annotations.Nullable;

/**
 * What the operator asked for, read from the command line.
 *
 * @param request list, replay or help
 * @param bootstrapServer {@code --bootstrap-server host:port[,host:port…]}, if given
 * @param commandConfig {@code --command-config file}: Kafka client properties for a real cluster, if given
 */
record Arguments(
        Request request,
        @Nullable String bootstrapServer,
        @Nullable Path commandConfig) {

    static final String USAGE = """
            Usage:
              ./candour dead-letters list [--topic <dead-letter topic>]
              ./candour dead-letters replay <dead-letter topic> <partition>:<offset> [<partition>:<offset> ...]
              ./candour dead-letters replay --all <dead-letter topic>

            Options, for either:
              --bootstrap-server <host:port>  the Kafka cluster (default: the embedded default's broker,
                                              127.0.0.1:9092, or the port given with -Dcandour.kafka.port)
              --command-config <file>         Kafka client properties for a real cluster (security.protocol,
                                              sasl.*, ssl.*, ...), as Kafka's own tools take them

            Dead-letter topics are named <topic>.<group>.dlq. 'list' shows each dead letter's position,
            time, key, ce_type, ce_id, original topic, partition and offset, reason and value size (never
            the value). 'replay' publishes the original key, value and headers to the original topic,
            without the kafka_dlt-* and candour_dlq_reason headers, with candour_replayed_from added.
            """;

    /** What to do. */
    sealed interface Request permits ListRequest, ReplayRequest, HelpRequest {}

    /** List the dead letters of every dead-letter topic, or of one. */
    record ListRequest(@Nullable String topic) implements Request {}

    /**
     * Replay dead letters of one topic: the records at the positions given, or all of them.
     *
     * @param positions distinct, in the order given; empty when {@code all}
     */
    record ReplayRequest(String topic, List<RecordPosition> positions, boolean all) implements Request {

        ReplayRequest {
            positions = List.copyOf(positions);
        }
    }

    /** Print the usage. */
    record HelpRequest() implements Request {}

    /**
     * Reads the command line.
     *
     * @throws InvalidArgumentsException with what is wrong and what to write instead
     */
    static Arguments parse(List<String> args) {
        String bootstrapServer = null;
        Path commandConfig = null;
        String topicOption = null;
        boolean all = false;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--bootstrap-server" -> {
                    if (bootstrapServer != null) {
                        throw new InvalidArgumentsException("--bootstrap-server is given twice");
                    }
                    bootstrapServer = bootstrapServers(value(args, ++i, arg));
                }
                case "--command-config" -> {
                    if (commandConfig != null) {
                        throw new InvalidArgumentsException("--command-config is given twice");
                    }
                    commandConfig = Path.of(value(args, ++i, arg));
                }
                case "--topic" -> {
                    if (topicOption != null) {
                        throw new InvalidArgumentsException("--topic is given twice");
                    }
                    topicOption = value(args, ++i, arg);
                }
                case "--all" -> all = true;
                case "-h", "--help", "help" -> {
                    return new Arguments(new HelpRequest(), bootstrapServer, commandConfig);
                }
                default -> {
                    // "-1:3" is a (bad) position, refused as one below, not an option.
                    if (arg.startsWith("-") && !arg.matches("-\\d.*")) {
                        throw new InvalidArgumentsException("Unknown option '" + arg + "'");
                    }
                    words.add(arg);
                }
            }
        }
        if (words.isEmpty()) {
            throw new InvalidArgumentsException("Say what to do: 'list' or 'replay'");
        }
        String command = words.getFirst();
        List<String> rest = words.subList(1, words.size());
        Request request = switch (command) {
            case "list" -> list(rest, topicOption, all);
            case "replay" -> replay(rest, topicOption, all);
            default -> throw new InvalidArgumentsException("Unknown command '" + command + "': use 'list' or 'replay'");
        };
        return new Arguments(request, bootstrapServer, commandConfig);
    }

    private static ListRequest list(List<String> rest, @Nullable String topic, boolean all) {
        if (all) {
            throw new InvalidArgumentsException(
                    "--all belongs to 'replay'; 'list' lists everything unless given --topic");
        }
        if (!rest.isEmpty()) {
            throw new InvalidArgumentsException("'list' takes no other words (got '" + String.join(" ", rest)
                    + "'): to list one topic, use" + " --topic <dead-letter topic>");
        }
        if (topic != null) {
            requireDeadLetterTopic(topic);
        }
        return new ListRequest(topic);
    }

    private static ReplayRequest replay(List<String> rest, @Nullable String topicOption, boolean all) {
        if (topicOption != null) {
            throw new InvalidArgumentsException(
                    "'replay' takes the dead-letter topic as its first word, not with --topic");
        }
        if (rest.isEmpty()) {
            throw new InvalidArgumentsException(
                    "Say which dead letters to replay: replay <dead-letter topic> <partition>:<offset> ...,"
                            + " or replay --all <dead-letter topic>");
        }
        String topic = requireDeadLetterTopic(rest.getFirst());
        List<String> positions = rest.subList(1, rest.size());
        if (all && !positions.isEmpty()) {
            throw new InvalidArgumentsException(
                    "Give either --all or positions, not both: --all replays every dead letter on " + topic);
        }
        if (!all && positions.isEmpty()) {
            throw new InvalidArgumentsException("Say which dead letters of " + topic
                    + " to replay, as <partition>:<offset> ('list --topic " + topic + "' shows them), or use --all");
        }
        LinkedHashSet<RecordPosition> distinct = new LinkedHashSet<>();
        positions.forEach(position -> distinct.add(RecordPosition.parse(position)));
        return new ReplayRequest(topic, List.copyOf(distinct), all);
    }

    private static String requireDeadLetterTopic(String topic) {
        if (DeadLetterTopic.parse(topic).isEmpty()) {
            throw new InvalidArgumentsException("'" + topic + "' is not a dead-letter topic: their names are"
                    + " <topic>.<group>.dlq, for example candour.intake.concern-raised.v1.classification.dlq;"
                    + " 'list' shows them all");
        }
        return topic;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new InvalidArgumentsException(option + " needs a value");
        }
        return args.get(index);
    }

    private static String bootstrapServers(String value) {
        for (String server : value.split(",", -1)) {
            int colon = server.lastIndexOf(':');
            boolean valid = colon > 0 && colon < server.length() - 1;
            if (valid) {
                try {
                    int port = Integer.parseInt(server.substring(colon + 1));
                    valid = port > 0 && port < 65_536;
                } catch (NumberFormatException e) {
                    valid = false;
                }
            }
            if (!valid) {
                throw new InvalidArgumentsException(
                        "--bootstrap-server takes host:port[,host:port...], for example 127.0.0.1:9092, not '" + value
                                + "'");
            }
        }
        return value;
    }
}
