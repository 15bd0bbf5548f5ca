package org.candour.intake.form;

import java.io.Serializable;

/**
 * A date as typed into the day, month and year boxes of the NHS date input, kept as typed so that
 * a page can show it again.
 */
record DateParts(String day, String month, String year) implements Serializable {

    static final DateParts BLANK = new DateParts("", "", "");

    DateParts {
        day = day.strip();
        month = month.strip();
        year = year.strip();
    }

    boolean isBlank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }
}
