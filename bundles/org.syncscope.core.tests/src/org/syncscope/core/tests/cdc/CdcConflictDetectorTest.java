package org.syncscope.core.tests.cdc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.syncscope.core.cdc.CdcConflict;
import org.syncscope.core.cdc.CdcConflictDetector;
import org.syncscope.core.cdc.RowChange;
import org.syncscope.core.cdc.RowOperation;
import org.syncscope.core.cdc.SourceInfo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Concurrent updates found from before-images (or a version column) on two regions' Debezium events: echoes
 * and sequential updates are not conflicts, identical changes neither, a TOAST placeholder is no difference.
 */
class CdcConflictDetectorTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String ORIGIN = "syncscope_origin";
	private static final String BASE = "{\"id\":1,\"name\":\"Ada\",\"credit\":10,\"syncscope_origin\":\"eu\"}";

	private final CdcConflictDetector detector = new CdcConflictDetector(ORIGIN, Optional.empty(), 1_000);

	@Test
	void updatesOfOneBaseInTwoRegionsAreAConflictWithTheBaseAsAncestor() {
		assertTrue(detector.observe("eu", update(BASE, "{\"id\":1,\"name\":\"Ada\",\"credit\":20,\"syncscope_origin\":\"eu\"}"))
				.isEmpty());
		CdcConflict conflict = detector.observe("us",
				update(BASE, "{\"id\":1,\"name\":\"Ada L.\",\"credit\":10,\"syncscope_origin\":\"us\"}")).orElseThrow();
		assertEquals("public.customers[id=1]", conflict.key());
		assertEquals(json(BASE), conflict.ancestor());
		assertEquals(List.of("eu", "us"), conflict.siblings().stream().map(sibling -> sibling.region()).toList());
		assertEquals(Set.of("credit", "name"), conflict.columns());
	}

	@Test
	void echoesOfAppliedChangesAreNotConflicts() {
		String euAfter = "{\"id\":1,\"name\":\"Ada\",\"credit\":20,\"syncscope_origin\":\"eu\"}";
		detector.observe("eu", update(BASE, euAfter));
		// the us sink applied it: us captured the same change, origin eu
		assertTrue(detector.observe("us", update(BASE, euAfter)).isEmpty());
		assertTrue(detector.observe("us", update(BASE,
				"{\"id\":1,\"name\":\"Ada\",\"credit\":99,\"syncscope_origin\":\"eu\"}")).isEmpty());
	}

	@Test
	void aSecondUpdateMadeAfterTheFirstArrivedIsSequential() {
		String first = "{\"id\":1,\"name\":\"Ada\",\"credit\":20,\"syncscope_origin\":\"eu\"}";
		detector.observe("eu", update(BASE, first));
		assertTrue(detector.observe("us", update(first,
				"{\"id\":1,\"name\":\"Ada L.\",\"credit\":20,\"syncscope_origin\":\"us\"}")).isEmpty());
	}

	@Test
	void theSameChangeInBothRegionsIsNoConflict() {
		detector.observe("eu", update(BASE, "{\"id\":1,\"name\":\"Ada\",\"credit\":20,\"syncscope_origin\":\"eu\"}"));
		assertTrue(detector.observe("us",
				update(BASE, "{\"id\":1,\"name\":\"Ada\",\"credit\":20,\"syncscope_origin\":\"us\"}")).isEmpty());
	}

	@Test
	void aToastPlaceholderInABeforeImageIsNoDifference() {
		detector.observe("eu", update(BASE, "{\"id\":1,\"name\":\"Ada\",\"credit\":20,\"syncscope_origin\":\"eu\"}"));
		String placeholderBase = BASE.replace("\"Ada\"", "\"" + RowChange.UNAVAILABLE_VALUE + "\"");
		assertEquals(Set.of("credit"), detector.observe("us", update(placeholderBase,
				"{\"id\":1,\"name\":\"" + RowChange.UNAVAILABLE_VALUE + "\",\"credit\":30,\"syncscope_origin\":\"us\"}"))
				.orElseThrow().columns());
	}

	@Test
	void aVersionColumnDecidesAlone() {
		CdcConflictDetector versioned = new CdcConflictDetector(ORIGIN, Optional.of("version"), 1_000);
		versioned.observe("eu", update("{\"id\":1,\"version\":4,\"name\":\"Ada\",\"syncscope_origin\":\"eu\"}",
				"{\"id\":1,\"version\":5,\"name\":\"Ada\",\"syncscope_origin\":\"eu\"}"));
		assertTrue(versioned.observe("us", update("{\"id\":1,\"version\":4,\"name\":\"Ada!\",\"syncscope_origin\":\"eu\"}",
				"{\"id\":1,\"version\":5,\"name\":\"Ada L.\",\"syncscope_origin\":\"us\"}")).isPresent(),
				"same version before: concurrent, whatever else the before-images say");
		assertTrue(versioned.observe("eu", update("{\"id\":1,\"version\":5,\"name\":\"Ada L.\",\"syncscope_origin\":\"us\"}",
				"{\"id\":1,\"version\":6,\"name\":\"Ada\",\"syncscope_origin\":\"eu\"}")).isEmpty(), "a later version");
	}

	@Test
	void theLeastRecentlyChangedRowsAreForgottenFirst() {
		CdcConflictDetector small = new CdcConflictDetector(ORIGIN, Optional.empty(), 1);
		small.observe("eu", update(BASE, "{\"id\":1,\"name\":\"Ada\",\"credit\":20,\"syncscope_origin\":\"eu\"}"));
		small.observe("eu", update(BASE.replace("\"id\":1", "\"id\":2"),
				"{\"id\":2,\"name\":\"Ada\",\"credit\":20,\"syncscope_origin\":\"eu\"}", "id=2"));
		assertTrue(small.observe("us", update(BASE, "{\"id\":1,\"name\":\"X\",\"credit\":10,\"syncscope_origin\":\"us\"}"))
				.isEmpty(), "row 1 was forgotten");
	}

	private static RowChange update(String before, String after) {
		return update(before, after, "id=1");
	}

	private static RowChange update(String before, String after, String key) {
		return new RowChange(RowOperation.UPDATE, "public.customers[" + key + "]", Optional.of(json(before)),
				Optional.of(json(after)), new SourceInfo(OptionalLong.of(1), OptionalLong.empty(),
						OptionalLong.empty(), "postgresql", "shop", "public", "customers"));
	}

	private static ObjectNode json(String text) {
		try {
			return (ObjectNode) JSON.readTree(text);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
