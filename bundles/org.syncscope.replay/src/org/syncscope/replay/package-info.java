/**
 * Replay of change events: an operator re-sends a chosen range of a link's change log (by offsets or by time,
 * optionally filtered by key) to an allowed target, after a dry-run plan, as an audited, transactional
 * operation that can be cancelled and resumed. The UI wizard and the command line share this API, so both
 * get the same checks and the same audit.
 */
package org.syncscope.replay;
