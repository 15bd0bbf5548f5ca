/** Reporter identity: contact details sealed with AES-GCM before they are stored, readable only with the key. */
@NullMarked
package org.candour.intake.identity;

import org.jspecify.annotations.NullMarked;
