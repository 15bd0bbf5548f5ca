/**
 * The feed an ICB's System Quality Group reads its cases from, and acknowledges them through: only
 * that ICB's cases, for a client whose access token names the ICB, every read and change recorded.
 */
@NullMarked
package org.candour.routing.feed;

import org.jspecify.annotations.NullMarked;
