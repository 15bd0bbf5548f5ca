/**
 * The endpoints national bodies register to receive webhooks, and their signing secrets, sealed at
 * rest. {@link org.candour.delivery.endpoint.Endpoints#activeFor} and
 * {@link org.candour.delivery.endpoint.EndpointSecrets#signingSecrets} are what sending reads.
 */
@NullMarked
package org.candour.delivery.endpoint;

import org.jspecify.annotations.NullMarked;
