package org.candour.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code deploy/} against the code it deploys: the compose file and the Kubernetes manifests must name
 * the topics, services, ports, health groups and properties the services really have, or a deployment
 * drifts from the code without anything failing until it runs. It reads files only, so it needs no
 * Docker engine and no cluster; the topics come from {@link EventType}, everything else from each
 * module's {@code application.yml}, {@code @ConfigurationProperties} records and {@code pom.xml}.
 */
class DeployManifestsTest {

    private static final Path ROOT = Path.of("../..");
    private static final Path COMPOSE = ROOT.resolve("deploy/compose/compose.yaml");
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final Path KUBERNETES_BASE = KUBERNETES.resolve("base");
    private static final Path ICBS =
            ROOT.resolve("platform/organisations/src/main/resources/org/candour/organisations/icbs.csv");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** Environment variables that carry a secret: never a literal in compose, never in a ConfigMap. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN).*");

    /** Every process a deployment runs: each service module, and the development authorisation server. */
    static Stream<Module> modules() {
        try (Stream<Path> services = Files.list(ROOT.resolve("services"))) {
            List<Module> modules = new ArrayList<>(services.filter(dir -> Files.exists(dir.resolve("pom.xml")))
                    .sorted()
                    .map(dir -> new Module(dir.getFileName().toString(), dir))
                    .toList());
            modules.add(new Module("authorisation-server", ROOT.resolve("platform/authorisation-server")));
            return modules.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyTopicDeadLetterTopicAndIcbTopicHasAKafkaTopicAndNoOtherDoes() {
        Set<String> expected = new TreeSet<>();
        EventType.ALL.forEach(type -> expected.add(type.topic()));
        expected.addAll(deadLetterTopics());
        expected.addAll(icbTopics());

        Set<String> declared = kafkaTopics().stream()
                .map(topic -> topic.at("/spec/topicName").asString())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(declared)
                .as("KafkaTopic resources in deploy/kubernetes/base (EventType's topics, a dead-letter topic per"
                        + " binding's topic and group, an ICB topic per ICB of icbs.csv)")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyConsumedTopicIsAnEventTypeTopic() {
        Set<String> eventTopics = EventType.ALL.stream().map(EventType::topic).collect(Collectors.toSet());

        modules()
                .forEach(module -> assertThat(module.bindings().keySet())
                        .as(module.name() + "'s binding destinations")
                        .allMatch(binding -> eventTopics.contains(binding.destination()), "an EventType topic"));
    }

    @Test
    void eventTopicsHaveAPartitionForEveryReplicaOfAConsumerGroup() {
        int replicas = kubernetesDocuments(KUBERNETES).stream()
                .filter(document -> document.path("kind").asString().equals("Deployment"))
                .mapToInt(deployment -> deployment.at("/spec/replicas").asInt())
                .max()
                .orElseThrow();
        Set<String> eventTopics = EventType.ALL.stream().map(EventType::topic).collect(Collectors.toSet());

        assertThat(kafkaTopics())
                .filteredOn(topic ->
                        eventTopics.contains(topic.at("/spec/topicName").asString()))
                .hasSize(eventTopics.size())
                .allSatisfy(topic -> assertThat(topic.at("/spec/partitions").asInt())
                        .as(topic.at("/spec/topicName").asString() + "'s partitions")
                        .isGreaterThanOrEqualTo(replicas));
    }

    @Test
    void composeMakesEveryEventAndDeadLetterTopicBeforeTheServicesStart() {
        JsonNode topics = compose().at("/services/kafka-topics");
        String command =
                topics.path("command").values().stream().map(JsonNode::asString).collect(Collectors.joining("\n"));
        List<String> expected = new ArrayList<>(deadLetterTopics());
        EventType.ALL.forEach(type -> expected.add(type.topic()));

        assertThat(command).contains(expected);
        modules()
                .filter(module -> !module.bindings().isEmpty())
                .forEach(module -> assertThat(compose()
                                .at("/services/" + module.name() + "/depends_on/kafka-topics/condition")
                                .asString())
                        .as(module.name() + " waits for the topics")
                        .isEqualTo("service_completed_successfully"));
    }

    @Test
    void everyModuleHasADeploymentAndAComposeService() {
        Set<String> names = modules().map(Module::name).collect(Collectors.toSet());

        assertThat(deployments().keySet()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(compose().path("services").propertyNames()).containsAll(names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void containerPortsAreTheConfiguredServerPort(Module module) {
        String port = module.configuration().at("/server/port").asString();
        JsonNode container = container(module);
        JsonNode service = kubernetesDocuments(KUBERNETES).stream()
                .filter(document -> document.path("kind").asString().equals("Service"))
                .filter(document -> document.at("/metadata/name").asString().equals(module.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Kubernetes Service " + module.name()));
        JsonNode composed = compose().at("/services/" + module.name());

        assertThat(port).as(module.name() + "'s server.port").isNotEmpty();
        assertThat(container.path("ports").values())
                .extracting(p -> p.path("containerPort").asString())
                .containsExactly(port);
        assertThat(service.at("/spec/ports/0/port").asString()).isEqualTo(port);
        assertThat(composed.path("ports").values())
                .as(module.name() + "'s compose ports")
                .isNotEmpty()
                .extracting(p -> p.asString().substring(p.asString().lastIndexOf(':') + 1))
                .containsOnly(port);
        assertThat(composed.at("/healthcheck/test").values().stream()
                        .map(JsonNode::asString)
                        .collect(Collectors.joining(" ")))
                .contains("/dev/tcp/127.0.0.1/" + port + " ");
        assertThat(environment(module).getOrDefault("SERVER_PORT", port)).isEqualTo(port);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void probesAskTheHealthGroupsTheServiceExposes(Module module) {
        JsonNode management = module.configuration().path("management");
        JsonNode container = container(module);

        assertThat(management.at("/endpoints/web/exposure/include").asString())
                .as(module.name() + " exposes health")
                .contains("health");
        assertThat(management.at("/endpoint/health/probes/enabled").asBoolean())
                .as(module.name() + " has the liveness and readiness groups")
                .isTrue();
        assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("/startupProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
        assertThat(compose().at("/services/" + module.name() + "/healthcheck/test").values().stream()
                        .map(JsonNode::asString)
                        .collect(Collectors.joining(" ")))
                .contains("GET /actuator/health/readiness ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void everyEnvironmentVariableNamesAPropertyTheServiceDefines(Module module) {
        Properties properties = module.properties();
        Set<String> variables = new TreeSet<>(environment(module).keySet());
        variables.addAll(kubernetesEnvironment(module).keySet());

        assertThat(variables)
                .as(module.name() + "'s environment in compose and Kubernetes, against " + properties)
                .isNotEmpty()
                .allMatch(properties::binds, "names a property " + module.name() + " defines");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void secretsAreReferencedAndNeverWritten(Module module) {
        Map<String, JsonNode> kubernetes = kubernetesEnvironment(module);

        assertThat(environment(module))
                .as(module.name() + "'s secrets in compose come from .env")
                .allSatisfy((name, value) -> {
                    if (SECRET_NAME.matcher(name).matches()) {
                        assertThat(value).startsWith("${").endsWith("}");
                    }
                });
        assertThat(kubernetes)
                .as(module.name() + "'s secrets in Kubernetes come from a Secret")
                .allSatisfy((name, source) -> {
                    if (SECRET_NAME.matcher(name).matches()) {
                        assertThat(source.path("valueFrom").has("secretKeyRef"))
                                .as(name)
                                .isTrue();
                    }
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void containersRunAsTheImagesUserOnAReadOnlyRoot(Module module) {
        JsonNode pod = deployments().get(module.name()).at("/spec/template/spec");
        JsonNode container = container(module);
        String dockerfile = read(ROOT.resolve("deploy/images/Dockerfile"));

        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(dockerfile)
                .contains("USER " + pod.at("/securityContext/runAsUser").asString() + ":");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean())
                .isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean())
                .isFalse();
        assertThat(container.path("volumeMounts").values())
                .extracting(mount -> mount.path("mountPath").asString())
                .contains("/tmp");
        assertThat(compose().at("/services/" + module.name() + "/read_only").asBoolean())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void composeAndKubernetesRunTheSameNumberOfReplicas(Module module) {
        int replicas = deployments().get(module.name()).at("/spec/replicas").asInt(1);

        assertThat(compose()
                        .at("/services/" + module.name() + "/deploy/replicas")
                        .asInt(1))
                .as(module.name() + "'s replicas in compose and in the kustomize base")
                .isEqualTo(replicas);
    }

    /** Two replicas cannot bind one host port: each publishes its container port on one Docker picks. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void aServiceRunTwiceInComposeLeavesItsHostPortsToDocker(Module module) {
        JsonNode composed = compose().at("/services/" + module.name());
        if (composed.at("/deploy/replicas").asInt(1) < 2) {
            return;
        }

        assertThat(composed.path("ports").values())
                .extracting(JsonNode::asString)
                .as(module.name() + "'s compose ports, with " + composed.at("/deploy/replicas") + " replicas")
                .allSatisfy(port -> assertThat(port).doesNotContain(":"));
    }

    /** A drain may stop one replica of a replicated service at a time, never all of them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void aReplicatedServiceKeepsOneReplicaUpThroughADrain(Module module) {
        JsonNode deployment = deployments().get(module.name());
        int replicas = deployment.at("/spec/replicas").asInt(1);
        if (replicas < 2) {
            return;
        }
        JsonNode selector = deployment.at("/spec/selector/matchLabels");

        assertThat(kubernetesDocuments(KUBERNETES_BASE))
                .filteredOn(document -> document.path("kind").asString().equals("PodDisruptionBudget"))
                .filteredOn(budget -> budget.at("/spec/selector/matchLabels").equals(selector))
                .as(module.name() + "'s PodDisruptionBudget")
                .singleElement()
                .satisfies(budget ->
                        assertThat(budget.at("/spec/minAvailable").asInt(0)).isBetween(1, replicas - 1));
    }

    // --- what the code says

    /** A dead-letter topic for each topic and consumer group that a service binds. */
    private static Set<String> deadLetterTopics() {
        return modules()
                .flatMap(module -> module.bindings().keySet().stream())
                .map(binding -> EventType.deadLetterTopic(binding.destination(), binding.group()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A topic for each ICB of the bundled organisation directory. */
    private static Set<String> icbTopics() {
        return read(ICBS)
                .lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> EventType.icbCasesRouted(line.substring(0, line.indexOf(',')))
                        .topic())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    record Binding(String destination, String group) {}

    /** A deployable process and the code that says how it is configured. */
    record Module(String name, Path dir) {

        @Override
        public String toString() {
            return name;
        }

        JsonNode configuration() {
            return YAML.readTree(
                    dir.resolve("src/main/resources/application.yml").toFile());
        }

        Map<Binding, String> bindings() {
            Map<Binding, String> bindings = new TreeMap<>(
                    (a, b) -> (a.destination() + " " + a.group()).compareTo(b.destination() + " " + b.group()));
            configuration()
                    .at("/spring/cloud/stream/bindings")
                    .properties()
                    .forEach(entry -> bindings.put(
                            new Binding(
                                    entry.getValue().path("destination").asString(),
                                    entry.getValue().path("group").asString()),
                            entry.getKey()));
            return bindings;
        }

        /** What this module reads: its own code and configuration, and the messaging conventions it uses. */
        Properties properties() {
            Properties properties = new Properties();
            properties.addConfiguration(configuration(), "");
            properties.addSources(dir.resolve("src/main/java"));
            if (read(dir.resolve("pom.xml")).contains("<artifactId>candour-messaging</artifactId>")) {
                properties.addSources(ROOT.resolve("platform/messaging/src/main/java"));
            }
            return properties;
        }
    }

    /**
     * The properties a service defines: the keys of its {@code application.yml}, the environment variables
     * that file names in placeholders, the components of its {@code @ConfigurationProperties} records, and
     * the properties its code reads with a placeholder. An environment variable binds one of them when it
     * is the placeholder's name, or when Spring Boot's relaxed binding (lower case, {@code _} for {@code .},
     * no dashes, list indexes as numbers) reads it as one. A Spring Boot property the service does not
     * name belongs in its {@code application.yml} first, with its default, where readers look for it.
     */
    static final class Properties {

        private static final Pattern ENVIRONMENT_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
        private static final Pattern PROPERTY_PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-zA-Z0-9.-]*)");
        private static final Pattern CONFIGURATION_PROPERTIES =
                Pattern.compile("@ConfigurationProperties\\(\"([a-z][a-z0-9.-]*)\"\\)");
        private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*\\(");
        private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z]\\w*");

        private final Set<String> environment = new TreeSet<>();
        private final Set<String> canonical = new TreeSet<>();

        boolean binds(String variable) {
            if (environment.contains(variable)) {
                return true;
            }
            String relaxed = Stream.of(variable.toLowerCase(Locale.ROOT).split("_"))
                    .filter(part -> !part.matches("\\d+"))
                    .collect(Collectors.joining("."));
            return canonical.contains(relaxed);
        }

        void addConfiguration(JsonNode node, String path) {
            if (!path.isEmpty()) {
                canonical.add(canonical(path));
            }
            if (node.isObject()) {
                node.properties()
                        .forEach(entry -> addConfiguration(
                                entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey()));
            } else if (node.isArray()) {
                node.values().forEach(element -> addConfiguration(element, path));
            } else {
                Matcher placeholders = ENVIRONMENT_PLACEHOLDER.matcher(node.asString());
                while (placeholders.find()) {
                    environment.add(placeholders.group(1));
                }
            }
        }

        void addSources(Path sources) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> addSource(read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void addSource(String source) {
            Matcher placeholders = PROPERTY_PLACEHOLDER.matcher(source);
            while (placeholders.find()) {
                canonical.add(canonical(placeholders.group(1)));
            }
            String code = JavaCode.blankCommentsAndStrings(source);
            Matcher annotations = CONFIGURATION_PROPERTIES.matcher(source);
            while (annotations.find()) {
                if (code.charAt(annotations.start()) != '@') {
                    continue; // in a comment
                }
                Matcher record = RECORD.matcher(code);
                if (record.find(annotations.end())) {
                    addComponents(annotations.group(1), code, record.end() - 1);
                }
            }
        }

        /** The components of the record whose parameter list opens at {@code open}, nested records too. */
        private void addComponents(String prefix, String code, int open) {
            String parameters = code.substring(open + 1, JavaCode.closing(code, open));
            for (String component : JavaCode.splitTopLevel(JavaCode.withoutAnnotations(parameters))) {
                String[] words = component.trim().split("\\s+");
                String name = words[words.length - 1];
                String property = prefix + "." + kebab(name);
                canonical.add(canonical(property));
                Matcher types = TYPE_NAME.matcher(component.substring(0, component.lastIndexOf(name)));
                while (types.find()) {
                    Matcher nested = Pattern.compile("\\brecord\\s+" + types.group() + "\\s*\\(")
                            .matcher(code);
                    if (nested.find()) {
                        addComponents(property, code, nested.end() - 1);
                    }
                }
            }
        }

        private static String kebab(String camel) {
            return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        }

        private static String canonical(String property) {
            return property.toLowerCase(Locale.ROOT).replace("-", "").replaceAll("\\[\\d+]", "");
        }

        @Override
        public String toString() {
            return "placeholders " + environment + " and properties " + canonical;
        }
    }

    /** Just enough of Java's syntax to read a record's components from its source. */
    static final class JavaCode {

        /** The source with comments and the insides of literals blanked, each character kept in place. */
        static String blankCommentsAndStrings(String source) {
            StringBuilder code = new StringBuilder(source);
            int i = 0;
            while (i < code.length()) {
                char c = code.charAt(i);
                if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                    while (i < code.length() && code.charAt(i) != '\n') {
                        code.setCharAt(i++, ' ');
                    }
                } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                    int end = code.indexOf("*/", i + 2) + 2;
                    while (i < end) {
                        code.setCharAt(i, code.charAt(i) == '\n' ? '\n' : ' ');
                        i++;
                    }
                } else if (c == '"' || c == '\'') {
                    i++;
                    while (code.charAt(i) != c) {
                        if (code.charAt(i) == '\\') {
                            code.setCharAt(i++, ' ');
                        }
                        code.setCharAt(i++, ' ');
                    }
                    i++;
                } else {
                    i++;
                }
            }
            return code.toString();
        }

        /** Where the bracket opened at {@code open} closes. */
        static int closing(String code, int open) {
            int depth = 0;
            for (int i = open; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '(' || c == '<') {
                    depth++;
                } else if (c == ')' || c == '>') {
                    depth--;
                    if (depth == 0) {
                        return i;
                    }
                }
            }
            throw new IllegalArgumentException("Unbalanced brackets after " + open);
        }

        /** The text without annotations and their arguments. */
        static String withoutAnnotations(String code) {
            StringBuilder text = new StringBuilder();
            int i = 0;
            while (i < code.length()) {
                if (code.charAt(i) == '@') {
                    i++;
                    while (i < code.length()
                            && (Character.isJavaIdentifierPart(code.charAt(i)) || code.charAt(i) == '.')) {
                        i++;
                    }
                    int next = i;
                    while (next < code.length() && Character.isWhitespace(code.charAt(next))) {
                        next++;
                    }
                    if (next < code.length() && code.charAt(next) == '(') {
                        i = closing(code, next) + 1;
                    }
                    text.append(' ');
                } else {
                    text.append(code.charAt(i++));
                }
            }
            return text.toString();
        }

        /** The comma-separated parts outside any bracket. */
        static List<String> splitTopLevel(String code) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '(' || c == '<') {
                    depth++;
                } else if (c == ')' || c == '>') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    parts.add(code.substring(start, i));
                    start = i + 1;
                }
            }
            parts.add(code.substring(start));
            return parts.stream().filter(part -> !part.isBlank()).toList();
        }
    }

    // --- what deploy/ says

    private static JsonNode compose() {
        return YAML.readTree(COMPOSE.toFile());
    }

    /** The module's compose environment, name to value as written. */
    private static Map<String, String> environment(Module module) {
        Map<String, String> environment = new TreeMap<>();
        JsonNode written = compose().at("/services/" + module.name() + "/environment");
        assertThat(written.isArray())
                .as(module.name() + "'s compose environment is a map, which this test reads")
                .isFalse();
        written.properties()
                .forEach(entry ->
                        environment.put(entry.getKey(), entry.getValue().asString()));
        return environment;
    }

    /** Every YAML document under a folder but the kustomizations, which are not resources. */
    private static List<JsonNode> kubernetesDocuments(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .flatMap(file ->
                            YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll().stream())
                    .filter(document -> document != null && document.isObject())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> kafkaTopics() {
        return kubernetesDocuments(KUBERNETES_BASE).stream()
                .filter(document -> document.path("kind").asString().equals("KafkaTopic"))
                .toList();
    }

    private static Map<String, JsonNode> deployments() {
        Map<String, JsonNode> deployments = new TreeMap<>();
        kubernetesDocuments(KUBERNETES).stream()
                .filter(document -> document.path("kind").asString().equals("Deployment"))
                .forEach(deployment ->
                        deployments.put(deployment.at("/metadata/name").asString(), deployment));
        return deployments;
    }

    private static JsonNode container(Module module) {
        JsonNode deployment = deployments().get(module.name());
        assertThat(deployment).as("Deployment " + module.name()).isNotNull();
        return deployment.at("/spec/template/spec/containers").values().stream()
                .filter(container -> container.path("name").asString().equals(module.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No container " + module.name()));
    }

    /**
     * The module's environment in Kubernetes: each {@code env} entry, and each key of the ConfigMaps its
     * container takes whole ({@code envFrom}), as a {@code configMapKeyRef} would read it.
     */
    private static Map<String, JsonNode> kubernetesEnvironment(Module module) {
        JsonNode container = container(module);
        Map<String, JsonNode> environment = new TreeMap<>();
        container
                .path("env")
                .values()
                .forEach(entry -> environment.put(entry.path("name").asString(), entry));
        Set<String> configMaps = container.path("envFrom").values().stream()
                .map(source -> source.at("/configMapRef/name").asString())
                .collect(Collectors.toSet());
        kubernetesDocuments(KUBERNETES).stream()
                .filter(document -> document.path("kind").asString().equals("ConfigMap"))
                .filter(document ->
                        configMaps.contains(document.at("/metadata/name").asString()))
                .flatMap(configMap -> configMap.path("data").propertyNames().stream())
                .forEach(name -> {
                    ObjectNode fromConfigMap = YAML.createObjectNode();
                    fromConfigMap.putObject("valueFrom").putObject("configMapKeyRef");
                    environment.put(name, fromConfigMap);
                });
        return environment;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
