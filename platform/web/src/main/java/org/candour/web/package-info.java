/**
 * What the services' HTTP APIs answer alike: an error response is an RFC 9457 problem, in the OpenAPI
 * documents ({@link org.candour.web.ProblemResponse}), when a controller or a filter refuses a request
 * ({@link org.candour.web.Problems}) and when a bearer token is refused
 * ({@link org.candour.web.BearerTokenProblems}).
 */
@NullMarked
package org.candour.web;

import org.jspecify.annotations.NullMarked;
