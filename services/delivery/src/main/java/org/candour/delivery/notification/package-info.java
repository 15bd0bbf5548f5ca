/** Records a notification owed to the destination body of every routed case. */
@NullMarked
package org.candour.delivery.notification;

import org.jspecify.annotations.NullMarked;
