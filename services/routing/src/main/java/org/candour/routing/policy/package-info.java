/** The routing policy: versioned rules, kept as data, that say which bodies a concern goes to and why. */
@NullMarked
package org.candour.routing.policy;

import org.jspecify.annotations.NullMarked;
