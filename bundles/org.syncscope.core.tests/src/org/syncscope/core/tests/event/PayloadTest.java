package org.syncscope.core.tests.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.syncscope.core.tests.Events.payload;
import static org.syncscope.core.tests.Events.vv;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class PayloadTest {

	@Test
	void fingerprintIgnoresFieldOrderButNotValues() {
		assertEquals(payload("{\"a\":1,\"b\":[1,2]}").fingerprint(), payload("{\"b\":[1,2],\"a\":1}").fingerprint());
		assertEquals(payload("{\"a\":1,\"b\":2}"), payload("{\"b\":2,\"a\":1}"));
		assertNotEquals(payload("{\"a\":1}").fingerprint(), payload("{\"a\":2}").fingerprint());
		assertNotEquals(payload("{\"b\":[1,2]}").fingerprint(), payload("{\"b\":[2,1]}").fingerprint());
		assertNotEquals(payload("{\"a\":1}").fingerprint(), payload("{\"a\":\"1\"}").fingerprint());
		assertNotEquals(payload("{\"a\":{\"b\":1}}").fingerprint(), payload("{\"b\":{\"a\":1}}").fingerprint());
	}

	@Test
	void isIsolatedFromTheNodeItWasMadeFrom() {
		ObjectNode node = JsonNodeFactory.instance.objectNode().put("a", 1);
		Payload payload = Payload.of(node);
		node.put("a", 2);
		payload.toObjectNode().put("a", 3);
		assertEquals("{\"a\":1}", payload.toString());
	}

	@Test
	void exposesFields() {
		Payload payload = payload("{\"x\":1,\"y\":null}");
		assertEquals(List.of("x", "y"), payload.fieldNames());
		assertEquals(1, payload.field("x").orElseThrow().asInt());
		assertTrue(payload.field("y").orElseThrow().isNull());
		assertFalse(payload.field("z").isPresent());
		assertTrue(payload.sameField("z", Payload.empty()));
		assertFalse(payload.sameField("x", Payload.empty()));
	}

	@Test
	void eventRejectsInconsistentFields() {
		UUID id = UUID.randomUUID();
		assertThrows(IllegalArgumentException.class,
				() -> new ChangeEvent(id, "k", Operation.UPSERT, Payload.empty(), "a", vv("b", 1), 0));
		assertThrows(IllegalArgumentException.class,
				() -> new ChangeEvent(id, "", Operation.UPSERT, Payload.empty(), "a", vv("a", 1), 0));
		assertThrows(IllegalArgumentException.class,
				() -> new ChangeEvent(id, "k", Operation.UPSERT, Payload.empty(), "a", vv("a", 1), -1));
	}
}
