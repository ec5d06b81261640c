package org.syncscope.ui.conflicts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.merge.FieldType;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.ui.conflicts.ConflictsPart;
import org.syncscope.ui.conflicts.merge.MergeModel;
import org.syncscope.ui.demo.DemoController;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo's field-rules link (us-east to ap-south: status LWW, amountCents MAX) in the real workbench's
 * console: a conflict there whose versions also wrote a field no rule covers waits for a person, and opens
 * with the ruled fields merged by their rules, tinted green and named by their rule, the other field left to
 * the person. The conflict is put into the store as the recorder would (the demo's own conflicts on that link
 * change only ruled fields and close by themselves) and taken out again at the end.
 */
class FieldRulesConsoleTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final Duration DEMO_TIMEOUT = Duration.ofSeconds(300);
	private static final String LINK = "us-east-to-ap-south";
	private static final RGB RULED = new RGB(221, 244, 221);

	private final Display display = Display.getCurrent();
	private final String key = "order-ui-" + UUID.randomUUID();

	@Test
	void aConflictOnAFieldRulesLinkOpensWithItsRuledFieldsMergedAndMarked() throws Exception {
		MApplication application = ConsoleWorkbench.application();
		MWindow window = ConsoleWorkbench.mainWindow(display, TIMEOUT);
		Shell shell = (Shell) window.getWidget();
		shell.setBounds(display.getBounds());
		ConsoleWorkbench.enlargeBottomStack(window);
		ConflictsPart console = (ConflictsPart) ConsoleWorkbench.showConsole(window, display, TIMEOUT).getObject();
		UiWait.until(display, "the store and the console's service", TIMEOUT,
				() -> application.getContext().get(ResolutionService.class) != null
						&& application.getContext().get(SyncScopeStore.class) != null);
		ResolutionService service = application.getContext().get(ResolutionService.class);
		SyncScopeStore store = application.getContext().get(SyncScopeStore.class);
		DemoController demo = application.getContext().get(DemoController.class);
		demo.start();
		try {
			UiWait.until(display, "monitoring to know " + LINK, DEMO_TIMEOUT, () -> service.link(LINK).isPresent());
			long id = seed(store);
			UiWait.until(display, "the console to list " + key, TIMEOUT, () -> listed(console, id).isPresent());
			UiWait.processEvents(display);
			assertEquals(ConflictState.OPEN, ConsoleWorkbench.state(service, id),
					"the note, which no rule covers, leaves it to a person");
			StoredConflict conflict = listed(console, id).orElseThrow();
			console.tableViewer().setSelection(new StructuredSelection(conflict), true);
			UiWait.until(display, "the merge view to show " + key, TIMEOUT,
					() -> console.mergeView().model().map(m -> m.conflict().id() == id).orElse(false));
			MergeModel model = console.mergeView().model().orElseThrow();
			assertEquals(FieldType.LWW, assertInstanceOf(MergeModel.ByRule.class, model.source("status")).type());
			assertEquals("SHIPPED", model.value("status").asText(), "the later write's status");
			assertEquals(FieldType.MAX, assertInstanceOf(MergeModel.ByRule.class, model.source("amountCents")).type());
			assertEquals(12_500, model.value("amountCents").intValue(), "the greater amount");
			assertFalse(model.source("note") instanceof MergeModel.ByRule, "no rule covers the note");
			Composite root = console.mergeView().control();
			assertTrue(ConsoleWorkbench.rowText(root, "status").contains("LWW rule"));
			assertTrue(ConsoleWorkbench.rowText(root, "amountCents").contains("MAX rule"));
			assertFalse(ConsoleWorkbench.rowText(root, "note").contains("rule"));
			assertEquals(RULED, background(root, "status"));
			assertEquals(RULED, background(root, "amountCents"));
			Screenshots.ofShell(shell, "field-rules-console");
		} finally {
			demo.stop();
			unseed(store);
		}
	}

	/** Stores the conflict as the recorder would: two versions from a common ancestor, all three fields changed. */
	private long seed(SyncScopeStore store) throws Exception {
		VersionVector base = VersionVector.of("us-east-1", 3, "ap-south-1", 2);
		long now = System.currentTimeMillis();
		ChangeEvent ancestor = event("us-east-1", base, now - 60_000, "NEW", 11_000, "");
		ChangeEvent east = event("us-east-1", base.increment("us-east-1"), now - 2_000, "PAID", 12_500, "call first");
		ChangeEvent south = event("ap-south-1", base.increment("ap-south-1"), now - 1_000, "SHIPPED", 12_000,
				"leave at the door");
		return store.inTransaction(connection -> {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conflicts (link_id, record_key, "
					+ "detected_at, state, versions, ancestor, replicas, differing_fields, updated_at, state_reason, "
					+ "version_count) VALUES (?, ?, ?, 'OPEN', ?, ?, 'us-east-1,ap-south-1', 3, ?, '', 2)",
					PreparedStatement.RETURN_GENERATED_KEYS)) {
				insert.setString(1, LINK);
				insert.setString(2, key);
				insert.setLong(3, now);
				insert.setString(4, json(east, south));
				insert.setString(5, json(ancestor));
				insert.setLong(6, now);
				insert.executeUpdate();
				try (var keys = insert.getGeneratedKeys()) {
					keys.next();
					return keys.getLong(1);
				}
			}
		});
	}

	private void unseed(SyncScopeStore store) throws Exception {
		store.inTransaction(connection -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM conflicts WHERE record_key = ?")) {
				delete.setString(1, key);
				return delete.executeUpdate();
			}
		});
	}

	private ChangeEvent event(String origin, VersionVector version, long at, String status, int amountCents,
			String note) {
		ObjectNode payload = JsonNodeFactory.instance.objectNode().put("orderId", key).put("status", status)
				.put("amountCents", amountCents).put("note", note);
		return new ChangeEvent(UUID.randomUUID(), key, Operation.UPSERT, Payload.of(payload), origin, version, at);
	}

	/** Events as the store keeps them: a JSON array of records in the change-log format. */
	private static String json(ChangeEvent... events) {
		EventCodec codec = new EventCodec();
		StringBuilder json = new StringBuilder("[");
		for (ChangeEvent event : events) {
			json.append(json.length() > 1 ? "," : "").append(new String(codec.encode(event), StandardCharsets.UTF_8));
		}
		return json.append(']').toString();
	}

	private static Optional<StoredConflict> listed(ConflictsPart console, long id) {
		if (!(console.tableViewer().getInput() instanceof List<?> conflicts)) {
			return Optional.empty();
		}
		return conflicts.stream().map(StoredConflict.class::cast).filter(c -> c.id() == id).findFirst();
	}

	private static RGB background(Composite root, String field) {
		Table table = ConsoleWorkbench.descendants(root, Table.class).stream()
				.filter(t -> "fields".equals(t.getData("org.syncscope.id"))).findFirst().orElseThrow();
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(field)) {
				return item.getBackground(table.getColumnCount() - 1).getRGB();
			}
		}
		throw new AssertionError("no row " + field);
	}
}
