/**
 * Following a concern after it is raised: what has happened to it so far, in plain words, and the
 * questions the team handling it asks its reporter, answered without revealing who they are.
 */
@NullMarked
package org.candour.intake.followup;

import org.jspecify.annotations.NullMarked;
