package org.candour.localstack;

import java.util.List;

/**
 * One process of the stack: a Candour service (its name is also its database) or the embedded default's
 * authorisation server, with the module that builds it and its HTTP port.
 *
 * @param module the Maven module, relative to the repository root, whose {@code target/} holds its jar
 * @param database whether it has a database of its own
 */
record Service(String name, String module, int port, String hint, boolean database) {

    static final String AUTHORISATION_SERVER = "authorisation-server";

    static List<Service> all() {
        return List.of(
                service("intake", 8080, "(the form; API: POST /api/v1/concerns)"),
                service("classification", 8081, "(triage queue: /triage)"),
                service(
                        "routing",
                        8082,
                        "(timeline: GET /api/v1/concerns/{reference}/timeline; ICB feed: /api/v1/icbs)"),
                service("delivery", 8083, ""),
                new Service(
                        AUTHORISATION_SERVER,
                        "platform/" + AUTHORISATION_SERVER,
                        Integer.getInteger(portProperty(AUTHORISATION_SERVER), 9000),
                        "(OAuth2 tokens: POST /oauth2/token)",
                        false));
    }

    private static Service service(String name, int defaultPort, String hint) {
        return new Service(name, "services/" + name, Integer.getInteger(portProperty(name), defaultPort), hint, true);
    }

    static String portProperty(String name) {
        return "candour." + name + ".port";
    }
}
