/** The classification service: tags raised concerns by quality domain and grades their harm. */
@NullMarked
package org.candour.classification;

import org.jspecify.annotations.NullMarked;
