/**
 * Consumer lag of a sync link: offset lag, time lag (exact or interpolated), a status evaluated in the
 * manner of Burrow over a sliding window of commits, severity from per-link thresholds, the trend, the time
 * to drain and the time left before retention deletes unapplied events. The rules are written out in
 * {@link org.syncscope.core.lag.StatusRules} and {@code docs/lag-rules.md}. Everything takes explicit
 * samples and a {@link java.time.Clock}, so it runs, and is tested, without Kafka or OSGi.
 */
package org.syncscope.core.lag;
