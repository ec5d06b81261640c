/**
 * The replay engine's parts, each with one job: Kafka clients configured for replay, resolving and checking
 * ranges against the log, scanning a range, masking payloads for display, the transactional copy, and the
 * JSON kept in the store. Internal: the API is {@code org.syncscope.replay}.
 */
package org.syncscope.replay.internal;
