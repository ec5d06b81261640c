package org.syncscope.ui.conflicts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.merge.FieldType;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.ui.conflicts.merge.MergeModel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A merge assembles nested fields picked from different sides back into their objects. */
class MergeModelTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void nestedFieldsChangedOnDifferentSidesMergeIntoOneObject() throws Exception {
		ChangeEvent ancestor = event("a-1", "{\"status\":\"NEW\",\"customer\":{\"email\":\"old@example.com\","
				+ "\"phone\":\"1\"},\"tags\":[\"x\"]}", "a-1", 1);
		ChangeEvent left = event("a-1", "{\"status\":\"NEW\",\"customer\":{\"email\":\"new@example.com\","
				+ "\"phone\":\"1\"},\"tags\":[\"x\"]}", "a-1", 2);
		ChangeEvent right = event("b-1", "{\"status\":\"PAID\",\"customer\":{\"email\":\"old@example.com\","
				+ "\"phone\":\"2\"},\"tags\":[\"x\"]}", "a-1", 1, "b-1", 1);
		MergeModel merge = new MergeModel(new StoredConflict(1, "link", "k", Instant.EPOCH, ConflictState.OPEN,
				List.of(left, right), 2, Optional.of(ancestor), ""));

		assertEquals(JSON.readTree("{\"status\":\"PAID\",\"customer\":{\"email\":\"new@example.com\",\"phone\":\"2\"},"
				+ "\"tags\":[\"x\"]}"), merge.merged(), "each side's change kept");

		merge.pickSibling("customer.phone", 0);
		merge.edit("customer.email", "");
		assertEquals(JSON.readTree("{\"status\":\"PAID\",\"customer\":{\"phone\":\"1\"},\"tags\":[\"x\"]}"),
				merge.merged(), "one nested field taken from the other side, one removed");
	}

	@Test
	void fieldsTheLinksRulesMergeStartMergedAndMarkedTheRestWaits() throws Exception {
		ChangeEvent ancestor = event("a-1", "{\"stock\":{\"count\":10,\"bin\":\"B4\"},\"note\":\"-\"}", "a-1", 1);
		ChangeEvent left = event("a-1", "{\"stock\":{\"count\":7,\"bin\":\"B4\"},\"note\":\"left\"}", "a-1", 2);
		ChangeEvent right = event("b-1", "{\"stock\":{\"count\":12,\"bin\":\"B4\"},\"note\":\"right\"}", "a-1", 1,
				"b-1", 1);
		MergeModel merge = new MergeModel(new StoredConflict(1, "link", "k", Instant.EPOCH, ConflictState.OPEN,
				List.of(left, right), 2, Optional.of(ancestor), ""),
				List.of(FieldRule.of("stock.count", FieldType.COUNTER)));

		assertEquals(new MergeModel.ByRule(FieldType.COUNTER, JSON.readTree("9")), merge.source("stock.count"));
		assertEquals("COUNTER rule", merge.source("stock.count").label());
		assertInstanceOf(MergeModel.FromSibling.class, merge.source("note"), "no rule decides the note");
		assertEquals(JSON.readTree("{\"stock\":{\"count\":9,\"bin\":\"B4\"},\"note\":\"left\"}"), merge.merged());

		merge.pickSibling("stock.count", 1);
		assertEquals(12, merge.merged().at("/stock/count").intValue(), "a person may still overrule the rule");
	}

	private static ChangeEvent event(String origin, String payload, Object... vector) throws Exception {
		return new ChangeEvent(UUID.randomUUID(), "k", Operation.UPSERT,
				Payload.of((ObjectNode) JSON.readTree(payload)), origin, VersionVector.of(vector), 1);
	}
}
