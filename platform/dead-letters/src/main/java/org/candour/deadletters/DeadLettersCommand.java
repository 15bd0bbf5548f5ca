package org.candour.deadletters;

import java.io.PrintStream;
import java.util.List;
import org.apache.kafka.common.KafkaException;

/**
 * {@code ./candour dead-letters}: lists and replays dead letters, on the embedded default's broker or, with
 * {@code --bootstrap-server} and {@code --command-config}, on a real cluster. Exits 0 when done, 1 when the request
 * is refused (the message says why and what to do), 2 when the command line cannot be read.
 */
public final class DeadLettersCommand {

    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int INVALID_ARGUMENTS = 2;

    private DeadLettersCommand() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err, ClientSettings.embeddedBroker()));
    }

    /**
     * Carries out the command line.
     *
     * @param embeddedBroker the bootstrap servers when neither --bootstrap-server nor the command config gives any
     * @return the exit status
     */
    static int run(List<String> args, PrintStream out, PrintStream err, String embeddedBroker) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (InvalidArgumentsException e) {
            err.println("dead-letters: " + e.getMessage());
            err.println();
            err.print(Arguments.USAGE);
            return INVALID_ARGUMENTS;
        }
        if (arguments.request() instanceof Arguments.HelpRequest) {
            out.print(Arguments.USAGE);
            return DONE;
        }
        try (KafkaDeadLetters kafka = new KafkaDeadLetters(
                ClientSettings.properties(arguments.bootstrapServer(), arguments.commandConfig(), embeddedBroker))) {
            switch (arguments.request()) {
                case Arguments.ListRequest list -> new ListDeadLetters(kafka, out).list(list.topic());
                case Arguments.ReplayRequest replay -> new ReplayDeadLetters(kafka, out).replay(replay);
                case Arguments.HelpRequest help -> out.print(Arguments.USAGE);
            }
            return DONE;
        } catch (RefusedException e) {
            err.println("dead-letters: " + e.getMessage());
            return REFUSED;
        } catch (KafkaException e) {
            err.println("dead-letters: the Kafka client could not start or carry on: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")")
                    + ". Check --bootstrap-server and the --command-config properties.");
            return REFUSED;
        } finally {
            out.flush();
        }
    }
}
