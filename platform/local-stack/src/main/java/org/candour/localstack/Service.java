package org.candour.localstack;

import java.util.List;

/** One Candour service as the stack runs it: its name (also its database) and its HTTP port. */
record Service(String name, int port, String hint) {

    static List<Service> all() {
        return List.of(
                of("intake", 8080, "(the form; API: POST /api/v1/concerns)"),
                of("classification", 8081, "(triage queue: /triage)"),
                of("routing", 8082, "(timeline: GET /api/v1/concerns/{reference}/timeline)"),
                of("delivery", 8083, ""));
    }

    private static Service of(String name, int defaultPort, String hint) {
        return new Service(name, Integer.getInteger(portProperty(name), defaultPort), hint);
    }

    static String portProperty(String name) {
        return "candour." + name + ".port";
    }
}
