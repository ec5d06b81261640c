/**
 * Automatic conflict policies of a sync link. Each resolver is a pure function from the sibling events of a
 * conflict to either a resolved event, whose vector dominates every sibling so that it closes the conflict
 * everywhere, or a request for manual resolution.
 */
package org.syncscope.core.policy;
