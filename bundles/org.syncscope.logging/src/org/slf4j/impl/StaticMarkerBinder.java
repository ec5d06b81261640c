package org.slf4j.impl;

import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MarkerFactoryBinder;

/** SLF4J 1.7's marker binding: SLF4J's own basic markers (the platform log has no use for them). */
public final class StaticMarkerBinder implements MarkerFactoryBinder {

	/** The one binding; SLF4J 1.7 reads this field. */
	public static final StaticMarkerBinder SINGLETON = new StaticMarkerBinder();

	private final IMarkerFactory factory = new BasicMarkerFactory();

	private StaticMarkerBinder() {
	}

	/** @return the one binding SLF4J asks for */
	public static StaticMarkerBinder getSingleton() {
		return SINGLETON;
	}

	@Override
	public IMarkerFactory getMarkerFactory() {
		return factory;
	}

	@Override
	public String getMarkerFactoryClassStr() {
		return BasicMarkerFactory.class.getName();
	}
}
