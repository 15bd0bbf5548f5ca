package org.candour.delivery.endpoint;

import java.util.List;
import java.util.stream.Collectors;

/** A registration or change that cannot be accepted; each problem names the field to fix. Nothing changed. */
public class InvalidEndpointException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidEndpointException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** What is wrong with one field, for a person to act on. */
    public record FieldProblem(String field, String message) {}
}
