package org.candour.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two replicas of one service, each its own application context on its own random port, sharing the
 * shared broker and one database as replicas in a deployment do; closing stops the second, then the
 * first.
 *
 * <p>The properties reach each context as {@code --name=value} command-line arguments because
 * arguments outrank {@code application.yml}; as default properties (the builder's {@code properties})
 * the service's own {@code application.yml} would win wherever it sets the same name.
 *
 * @param a the first replica's context, started first
 * @param portA the port the first replica listens on
 * @param b the second replica's context
 * @param portB the port the second replica listens on
 */
public record Replicas(ConfigurableApplicationContext a, int portA, ConfigurableApplicationContext b, int portB)
        implements AutoCloseable {

    /**
     * Starts {@code application} twice against {@code infrastructure}'s broker and {@code database}
     * (created if needed), each on a random port, with {@code properties} added (and winning over
     * the infrastructure's where both name the same property).
     */
    public static Replicas start(
            Infrastructure infrastructure, String database, Class<?> application, Map<String, ?> properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        // Two replicas on one machine cannot share a fixed port.
        all.put("server.port", 0);
        Map<String, Supplier<Object>> shared = new LinkedHashMap<>();
        infrastructure.register(database, shared::put);
        shared.forEach((name, value) -> all.put(name, value.get()));
        all.putAll(properties);
        String[] arguments = all.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext a = new SpringApplicationBuilder(application).run(arguments);
        ConfigurableApplicationContext b;
        try {
            b = new SpringApplicationBuilder(application).run(arguments);
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
        return new Replicas(a, port(a), b, port(b));
    }

    @Override
    public void close() {
        try {
            b.close();
        } finally {
            a.close();
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
