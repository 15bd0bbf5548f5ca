/**
 * The organisation directory: NHS trusts, the Integrated Care Boards they serve, and their regions,
 * from NHS Organisation Data Service facts.
 */
@NullMarked
package org.candour.organisations;

import org.jspecify.annotations.NullMarked;
