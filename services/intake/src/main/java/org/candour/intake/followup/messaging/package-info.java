/** Listens to the other services' events to learn what has happened to each concern. */
@NullMarked
package org.candour.intake.followup.messaging;

import org.jspecify.annotations.NullMarked;
