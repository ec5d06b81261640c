package org.syncscope.core.rate;

/**
 * A throughput figure over a meter's window.
 *
 * @param eventsPerSecond events per second
 * @param bytesPerSecond bytes per second
 */
public record Rate(double eventsPerSecond, double bytesPerSecond) {

	/** Nothing measured. */
	public static final Rate ZERO = new Rate(0, 0);

	/** The rate of two meters that counted disjoint parts of one stream, added up. */
	public Rate plus(Rate other) {
		return new Rate(eventsPerSecond + other.eventsPerSecond, bytesPerSecond + other.bytesPerSecond);
	}
}
