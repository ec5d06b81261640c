/**
 * Per-link conflict detection over compact per-key state: the latest version of every tracked key, the
 * sibling versions of keys in conflict, pseudo-conflicts closed automatically, and bounded memory with
 * counters of what was tracked, evicted and left unchecked.
 */
package org.syncscope.core.conflict;
