package org.candour.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * An integration event as a consumer receives it: its CloudEvents attributes and its data.
 *
 * @param id the CloudEvents id; the idempotent consumer records it
 * @param type the CloudEvents type
 * @param source the producing service
 * @param time when the event occurred
 * @param subject what the event is about, e.g. the concern id
 * @param data the event record
 */
public record ReceivedEvent<T>(UUID id, String type, String source, Instant time, String subject, T data) {}
