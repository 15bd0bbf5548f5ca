package org.candour.classification.triage.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Values as people read them on the pages: WELL_LED is "Well led", 0.67 is "67%". */
public final class DisplayNames {

    static final DisplayNames INSTANCE = new DisplayNames();

    /** Reviewers work in England: times are shown in UK time, with the seasonal change. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private DisplayNames() {}

    public String time(Instant instant) {
        return TIME.format(instant);
    }

    public String of(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String percent(double confidence) {
        return Math.round(confidence * 100) + "%";
    }
}
