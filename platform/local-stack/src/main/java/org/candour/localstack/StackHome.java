package org.candour.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the stack runs from, and where under it ({@code .candour/}, git-ignored) it keeps its state. */
record StackHome(Path root, Path state) {

    static final String HOME_PROPERTY = "candour.home";
    /** Where the stack keeps its data, logs and pid files; {@code .candour/} of the repository by default. */
    static final String STATE_PROPERTY = "candour.state";

    static StackHome locate() {
        String configured = System.getProperty(HOME_PROPERTY, System.getProperty("user.dir"));
        Path root = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("services"))) {
            throw new StartupFailure(root + " is not the Candour repository (it has no services/ directory). "
                    + "Run from the repository root or pass -D" + HOME_PROPERTY + "=<repository>.");
        }
        String state = System.getProperty(STATE_PROPERTY);
        return new StackHome(
                root,
                state == null
                        ? root.resolve(".candour")
                        : Path.of(state).toAbsolutePath().normalize());
    }

    Path kafka() {
        return state().resolve("kafka");
    }

    Path postgres() {
        return state().resolve("postgres");
    }

    Path logs() {
        return state().resolve("logs");
    }

    Path secrets() {
        return state.resolve("secrets");
    }

    Path run() {
        return state().resolve("run");
    }

    Path log(Service service) {
        return logs().resolve(service.name() + ".log");
    }

    PidFile pidFile(String name) {
        return new PidFile(run().resolve(name + ".pid"));
    }

    Path jar(Service service) {
        return root.resolve(service.module()).resolve("target").resolve("candour-" + service.name() + "-exec.jar");
    }

    StackHome createDirectories() {
        try {
            Files.createDirectories(kafka());
            Files.createDirectories(postgres());
            Files.createDirectories(logs());
            Files.createDirectories(run());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + state(), e);
        }
    }

    /** A path as the user would type it from where they started the stack. */
    String display(Path path) {
        Path workingDirectory = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return path.startsWith(workingDirectory)
                ? workingDirectory.relativize(path).toString()
                : path.toString();
    }
}
