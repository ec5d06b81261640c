package org.slf4j.impl;

import org.slf4j.ILoggerFactory;
import org.slf4j.spi.LoggerFactoryBinder;
import org.syncscope.logging.PlatformLoggerFactory;

/**
 * SLF4J 1.7's binding point: the libraries SyncScope runs (the Kafka clients above all) log through SLF4J, and
 * this binding hands their warnings and errors to the Eclipse platform log, which the Log part shows.
 */
public final class StaticLoggerBinder implements LoggerFactoryBinder {

	/** The SLF4J API version this binding is compiled against; not final, so SLF4J reads it, not a copy. */
	public static String REQUESTED_API_VERSION = "1.6.99"; // NOSONAR SLF4J's binding contract

	private static final StaticLoggerBinder SINGLETON = new StaticLoggerBinder();

	private final ILoggerFactory factory = new PlatformLoggerFactory();

	private StaticLoggerBinder() {
	}

	/** @return the one binding SLF4J asks for */
	public static StaticLoggerBinder getSingleton() {
		return SINGLETON;
	}

	@Override
	public ILoggerFactory getLoggerFactory() {
		return factory;
	}

	@Override
	public String getLoggerFactoryClassStr() {
		return PlatformLoggerFactory.class.getName();
	}
}
