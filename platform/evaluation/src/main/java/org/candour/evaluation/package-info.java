/**
 * The labelled corpus, run through the classifier and the routing policy in-process or through the
 * running services, and the destination figures both are judged by.
 */
@NullMarked
package org.candour.evaluation;

import org.jspecify.annotations.NullMarked;
