package org.candour.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static final String DLQ = "candour.intake.concern-raised.v1.classification.dlq";

    @Test
    void listsEveryDeadLetterTopicByDefault() {
        Arguments arguments = parse("list");

        assertThat(arguments.request()).isEqualTo(new Arguments.ListRequest(null));
        assertThat(arguments.bootstrapServer()).isNull();
        assertThat(arguments.commandConfig()).isNull();
    }

    @Test
    void listsOneTopicWithItsOptionWhereverTheOptionsStand() {
        Arguments arguments = parse(
                "--bootstrap-server",
                "kafka-1:9093,kafka-2:9093",
                "list",
                "--topic",
                DLQ,
                "--command-config",
                "client.properties");

        assertThat(arguments.request()).isEqualTo(new Arguments.ListRequest(DLQ));
        assertThat(arguments.bootstrapServer()).isEqualTo("kafka-1:9093,kafka-2:9093");
        assertThat(arguments.commandConfig()).isEqualTo(Path.of("client.properties"));
    }

    @Test
    void replaysThePositionsGivenInTheirOrderOnceEach() {
        Arguments arguments = parse("replay", DLQ, "2:17", "0:3", "2:17");

        assertThat(arguments.request())
                .isEqualTo(new Arguments.ReplayRequest(
                        DLQ, List.of(new RecordPosition(2, 17), new RecordPosition(0, 3)), false));
    }

    @Test
    void replaysAllOfATopic() {
        assertThat(parse("replay", "--all", DLQ).request())
                .isEqualTo(new Arguments.ReplayRequest(DLQ, List.of(), true));
    }

    @Test
    void helpNeedsNoCommand() {
        assertThat(parse("--help").request()).isInstanceOf(Arguments.HelpRequest.class);
        assertThat(parse("replay", "help").request()).isInstanceOf(Arguments.HelpRequest.class);
    }

    @Test
    void refusesACommandLineWithoutACommand() {
        assertRefused(List.of(), "Say what to do: 'list' or 'replay'");
        assertRefused(List.of("--bootstrap-server", "localhost:9092"), "Say what to do");
    }

    @Test
    void refusesAnUnknownCommandOrOption() {
        assertRefused(List.of("purge"), "Unknown command 'purge'");
        assertRefused(List.of("list", "--from-beginning"), "Unknown option '--from-beginning'");
    }

    @Test
    void refusesATopicThatIsNotNamedAsADeadLetterTopic() {
        assertRefused(
                List.of("replay", "candour.intake.concern-raised.v1", "0:1"),
                "'candour.intake.concern-raised.v1' is not a dead-letter topic");
        assertRefused(List.of("list", "--topic", "orders.dlq"), "'orders.dlq' is not a dead-letter topic");
    }

    @Test
    void refusesPositionsThatAreNotPartitionColonOffset() {
        for (String position : List.of("17", "0:", ":17", "a:1", "0:b", "-1:3", "0:-3", "0:1:2", "99999999999:1")) {
            assertRefused(List.of("replay", DLQ, position), "'" + position + "' is not a record position");
        }
    }

    @Test
    void refusesAReplayWithoutPositionsOrWithBothPositionsAndAll() {
        assertRefused(List.of("replay"), "Say which dead letters to replay");
        assertRefused(List.of("replay", DLQ), "Say which dead letters of " + DLQ);
        assertRefused(List.of("replay", "--all", DLQ, "0:1"), "Give either --all or positions, not both");
        assertRefused(List.of("replay", "--topic", DLQ, "0:1"), "not with --topic");
    }

    @Test
    void refusesWordsAndAllThatListDoesNotTake() {
        assertRefused(List.of("list", DLQ), "'list' takes no other words");
        assertRefused(List.of("list", "--all"), "--all belongs to 'replay'");
    }

    @Test
    void refusesOptionsWithoutValuesOrGivenTwice() {
        assertRefused(List.of("list", "--topic"), "--topic needs a value");
        assertRefused(List.of("list", "--bootstrap-server", "--topic", DLQ), "--bootstrap-server needs a value");
        assertRefused(
                List.of("list", "--bootstrap-server", "a:1", "--bootstrap-server", "b:2"),
                "--bootstrap-server is given twice");
    }

    @Test
    void refusesABootstrapServerWithoutAPort() {
        for (String servers : List.of("localhost", "localhost:", "localhost:0", "localhost:70000", "a:1,b")) {
            assertRefused(List.of("list", "--bootstrap-server", servers), "--bootstrap-server takes host:port");
        }
    }

    private static Arguments parse(String... args) {
        return Arguments.parse(List.of(args));
    }

    private static void assertRefused(List<String> args, String message) {
        assertThatThrownBy(() -> Arguments.parse(args))
                .isInstanceOf(InvalidArgumentsException.class)
                .hasMessageContaining(message);
    }
}
