package org.syncscope.core.lag;

/** Whether a link's lag is growing or shrinking, from its recent consume and produce rates. */
public enum Trend {
	/** Producers outpace the consumer. */
	GROWING,
	/** The consumer outpaces producers: the lag will drain. */
	SHRINKING,
	/** Rates are equal, or nothing is behind. */
	STEADY,
	/** Not enough samples to measure a rate. */
	UNKNOWN
}
