/** Reads the routing policy file quality leads write into the plain-Java policy. */
@NullMarked
package org.candour.routing.policy.policyfile;

import org.jspecify.annotations.NullMarked;
