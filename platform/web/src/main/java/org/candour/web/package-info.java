/**
 * What the services' HTTP APIs answer alike: an error response is an RFC 9457 problem, and the OpenAPI
 * documents say so ({@link org.candour.web.ProblemResponse}).
 */
@NullMarked
package org.candour.web;

import org.jspecify.annotations.NullMarked;
