package org.slf4j.impl;

import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.spi.MDCAdapter;

/** SLF4J 1.7's MDC binding: SLF4J's own thread-local map (the platform log does not show it). */
public final class StaticMDCBinder {

	/** The one binding; SLF4J 1.7 reads this field. */
	public static final StaticMDCBinder SINGLETON = new StaticMDCBinder();

	private StaticMDCBinder() {
	}

	/** @return the one binding SLF4J asks for */
	public static StaticMDCBinder getSingleton() {
		return SINGLETON;
	}

	/** @return a new adapter over a thread-local map */
	public MDCAdapter getMDCA() {
		return new BasicMDCAdapter();
	}

	/** @return the adapter's class name, for SLF4J's diagnostics */
	public String getMDCAdapterClassStr() {
		return BasicMDCAdapter.class.getName();
	}
}
