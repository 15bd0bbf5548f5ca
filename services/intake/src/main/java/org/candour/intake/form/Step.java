package org.candour.intake.form;

/** The pages of the form, in the order they are asked. */
enum Step {
    WHERE("/concern/where"),
    WHERE_TRUST("/concern/where/trust"),
    WHERE_PROVIDER("/concern/where/provider"),
    WHERE_AREA("/concern/where/area"),
    SERVICE("/concern/service"),
    WHEN("/concern/when"),
    WHAT_HAPPENED("/concern/what-happened"),
    DANGER("/concern/danger"),
    ACT_NOW("/concern/danger/act-now"),
    AFFECTED("/concern/affected"),
    HARM("/concern/harm"),
    PROFESSIONALS("/concern/professionals"),
    PROFESSIONALS_LIST("/concern/professionals/list"),
    RAISED_BEFORE("/concern/raised-before"),
    IDENTITY("/concern/identity"),
    CHECK("/concern/check");

    private final String path;

    Step(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    /** The page's address; a change from the check page returns there afterwards. */
    String path(boolean change) {
        return change && this != CHECK ? path + "?change=true" : path;
    }
}
