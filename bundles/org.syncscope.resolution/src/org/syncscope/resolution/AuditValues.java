package org.syncscope.resolution;

import java.util.List;

import org.syncscope.core.event.ChangeEvent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The before and after values the audit trail records, with the link's sensitive fields masked. */
final class AuditValues {

	private AuditValues() {
	}

	static String of(List<ChangeEvent> events, List<String> sensitive) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		events.forEach(event -> array.add(of(event, sensitive)));
		return array.toString();
	}

	static ObjectNode of(ChangeEvent event, List<String> sensitive) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("id", event.eventId().toString());
		node.put("origin", event.origin());
		node.put("op", event.operation().name());
		ObjectNode vector = node.putObject("vv");
		event.version().asMap().forEach(vector::put);
		node.set("payload", SensitiveFields.mask(event.payload().toObjectNode(), sensitive));
		return node;
	}
}
