/**
 * Windowed throughput meters (events/s and bytes/s) cheap enough to update for every event: fixed rings of
 * time slots, no allocation per update, explicit timestamps so that tests and replays are deterministic.
 */
package org.syncscope.core.rate;
