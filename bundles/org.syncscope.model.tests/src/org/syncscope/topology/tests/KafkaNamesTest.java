package org.syncscope.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.syncscope.topology.validation.KafkaNames;

/** The Kafka name and bootstrap syntax at its edges. */
class KafkaNamesTest {

	@ParameterizedTest
	@ValueSource(strings = { "sync.eu-west.changes", "applier_us", "a", "..a", "A-1.b_2" })
	void legalNames(String name) {
		assertTrue(KafkaNames.isLegalName(name));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ".", "..", "sync eu", "sync/eu", "sync:eu", "caf\u00e9" })
	void illegalNames(String name) {
		assertFalse(KafkaNames.isLegalName(name));
	}

	@ParameterizedTest
	@ValueSource(ints = { 249, 250 })
	void namesAreAtMost249Characters(int length) {
		assertEquals(length <= 249, KafkaNames.isLegalName("t".repeat(length)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1:9092", "broker-1.internal:9092, broker-2.internal:9093", "[::1]:9092",
			"localhost:1,localhost:65535" })
	void wellFormedBootstrapServers(String servers) {
		assertEquals(Optional.empty(), KafkaNames.firstMalformedServer(servers));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "broker:9092,|''", "broker|broker", "broker:0|broker:0",
			"broker:65536|broker:65536", "-broker:9092|-broker:9092", "a:1;b:2|a:1;b:2", "http://b:9092|http://b:9092" })
	void malformedBootstrapServers(String servers, String firstBad) {
		assertEquals(Optional.of(firstBad), KafkaNames.firstMalformedServer(servers));
	}
}
