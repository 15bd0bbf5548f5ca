package org.candour.localstack;

/** Why the stack cannot start, worded for the person who ran it; printed without a stack trace. */
final class StartupFailure extends RuntimeException {

    private final boolean interrupted;

    StartupFailure(String message) {
        this(message, false);
    }

    private StartupFailure(String message, boolean interrupted) {
        super(message);
        this.interrupted = interrupted;
    }

    /** The start was cut short on purpose (Ctrl-C, SIGTERM); the shutdown hook explains nothing more. */
    static StartupFailure interrupted() {
        return new StartupFailure("Interrupted while starting", true);
    }

    boolean isInterrupted() {
        return interrupted;
    }
}
