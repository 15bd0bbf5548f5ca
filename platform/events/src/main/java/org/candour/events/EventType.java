package org.candour.events;

import java.util.List;

/**
 * What a consumer needs to know about one integration event type: its CloudEvents {@code type}, the
 * topic it travels on, the service that produces it and the record that carries its data.
 *
 * @param type CloudEvents type, for example {@code org.candour.intake.concern-raised.v1}
 * @param topic Kafka topic; one topic per producer stream, keyed by concern id
 * @param source CloudEvents source: the producing service
 * @param dataType the record the JSON data maps to
 */
public record EventType<T>(String type, String topic, String source, Class<T> dataType) {

    public static final EventType<ConcernRaisedV1> CONCERN_RAISED_V1 = new EventType<>(
            "org.candour.intake.concern-raised.v1",
            "candour.intake.concern-raised.v1",
            "/candour/intake",
            ConcernRaisedV1.class);

    public static final EventType<ConcernClassifiedV2> CONCERN_CLASSIFIED_V2 = new EventType<>(
            "org.candour.classification.concern-classified.v2",
            "candour.classification.concern-classified.v2",
            "/candour/classification",
            ConcernClassifiedV2.class);

    public static final EventType<CaseRoutedV1> CASE_ROUTED_V1 = new EventType<>(
            "org.candour.routing.case-routed.v1",
            "candour.routing.case-routed.v1",
            "/candour/routing",
            CaseRoutedV1.class);

    public static final EventType<CaseStatusChangedV1> CASE_STATUS_CHANGED_V1 = new EventType<>(
            "org.candour.routing.case-status-changed.v1",
            "candour.routing.case-status-changed.v1",
            "/candour/routing",
            CaseStatusChangedV1.class);

    public static final EventType<CaseDeliveredV1> CASE_DELIVERED_V1 = new EventType<>(
            "org.candour.delivery.case-delivered.v1",
            "candour.delivery.case-delivered.v1",
            "/candour/delivery",
            CaseDeliveredV1.class);

    /**
     * One ICB's routed cases, for its System Quality Group to consume with any Kafka client: the same
     * {@link CaseRoutedV1} records as {@link #CASE_ROUTED_V1} carries for that ICB's
     * {@link Destination#ICS_QUALITY_GROUP} cases, on {@code candour.routing.icb.<ICB code>.case-routed.v1},
     * keyed by case id.
     *
     * @param icbCode the ICB's ODS code, for example {@code QOP}
     */
    public static EventType<CaseRoutedV1> icbCasesRouted(String icbCode) {
        if (!icbCode.matches("[A-Z0-9]{3}")) {
            throw new IllegalArgumentException("An ICB code is three capital letters or digits, not '" + icbCode + "'");
        }
        return new EventType<>(
                CASE_ROUTED_V1.type,
                "candour.routing.icb." + icbCode + ".case-routed.v1",
                CASE_ROUTED_V1.source,
                CaseRoutedV1.class);
    }

    /** Every published event type; the schema, sample and AsyncAPI checks iterate over this list. */
    public static final List<EventType<?>> ALL = List.of(
            CONCERN_RAISED_V1, CONCERN_CLASSIFIED_V2, CASE_ROUTED_V1, CASE_STATUS_CHANGED_V1, CASE_DELIVERED_V1);

    /** The short name used for this type's schema and sample files, e.g. {@code concern-raised.v1}. */
    public String shortName() {
        return type.substring(type.lastIndexOf('.', type.lastIndexOf('.') - 1) + 1);
    }

    /** Classpath location of this type's JSON Schema. */
    public String schemaResource() {
        return "/org/candour/events/schemas/" + shortName() + ".schema.json";
    }

    /** Classpath location of this type's golden sample. */
    public String sampleResource() {
        return "/org/candour/events/samples/" + shortName() + ".json";
    }

    /** Dead-letter topic for records of this type that a consumer group could not process. */
    public String deadLetterTopic(String consumerGroup) {
        return deadLetterTopic(topic, consumerGroup);
    }

    /** Dead-letter naming convention: {@code <topic>.<group>.dlq} ({@link DeadLetterTopic}). */
    public static String deadLetterTopic(String topic, String consumerGroup) {
        return new DeadLetterTopic(topic, consumerGroup).name();
    }
}
