/**
 * Change events, the unit of replication on a change-log topic, and their JSON wire format. Decoding never
 * throws: a malformed record becomes a typed error so that a consumer loop can quarantine it and go on.
 */
package org.syncscope.core.event;
