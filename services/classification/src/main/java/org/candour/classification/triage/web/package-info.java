/** The triage queue over HTTP: the JSON API for reviewers' tools and the pages for the trust quality team. */
@NullMarked
package org.candour.classification.triage.web;

import org.jspecify.annotations.NullMarked;
