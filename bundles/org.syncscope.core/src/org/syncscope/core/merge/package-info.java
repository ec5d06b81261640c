/**
 * Conflict-free merges of plain JSON records: field rules that say what a field means (a counter, a set, a
 * register), and the laws that merge its concurrent values three-way from the common ancestor, so that a
 * conflict on such fields needs no person.
 */
package org.syncscope.core.merge;
