package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditLog;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.store.quarantine.QuarantineEntry;
import org.syncscope.store.quarantine.QuarantineStore;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.ui.quarantine.QuarantinePart;
import org.syncscope.ui.quarantine.RecordText;

/**
 * Bad records of several reasons written by a plain producer show in the Quarantine part with their place,
 * reason and bytes (the link's sensitive field masked), filter by reason, export as CSV without the secret,
 * and clear only with a reason, audited.
 */
@ExtendWith(KafkaBrokerExtension.class)
class QuarantinePartTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String TOPIC = "ui.quarantine.changes";
	private static final String EMAIL = "ada@example.org";
	private static final String VALID = """
			{"v":1,"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","key":"customer/42","op":"UPSERT","origin":"eu",\
			"vv":{"eu":3},"ts":1764100000000,"payload":{"name":"Ada","email":"%s"}}""".formatted(EMAIL);

	private static Map<String, byte[]> badRecords() {
		Map<String, byte[]> records = new LinkedHashMap<>();
		records.put("MALFORMED_JSON", "{\"v\":1,\"payload\":{\"email\":\"ada@exam".getBytes(StandardCharsets.UTF_8));
		records.put("MISSING_FIELD", VALID.replace("\"key\":\"customer/42\",", "").getBytes(StandardCharsets.UTF_8));
		records.put("UNKNOWN_OPERATION", VALID.replace("UPSERT", "MERGE").getBytes(StandardCharsets.UTF_8));
		records.put("NOT_AN_OBJECT", new byte[] { 0x5b, 0x31, 0x5d });
		records.put("TOMBSTONE", null);
		return records;
	}

	@Test
	void badRecordsAreListedMaskedExportedAndClearedWithAReason(LocalKafkaBroker broker) throws Exception {
		Display display = Display.getCurrent();
		Shell window = Workbench.mainWindow(display, Duration.ofSeconds(30));
		write(broker.bootstrapServers());
		MonitoringService monitoring = Workbench.get().getApplication().getContext().get(MonitoringService.class);
		monitoring.start(List.of(cluster(broker.bootstrapServers())), settings());
		try {
			Widgets.select(Widgets.menuItem(Widgets.menuItem(window.getMenuBar(), "Window").getMenu(), "Quarantine"));
			QuarantinePart part = (QuarantinePart) Workbench.part("org.syncscope.ui.part.quarantine").getObject();
			UiWait.until(display, "the link among the choices", TIMEOUT,
					() -> part.linkNames().contains("orders eu to us"));
			part.filterBy("orders eu to us", "");
			UiWait.until(display, "the link's bad records", TIMEOUT, () -> part.shown().size() == badRecords().size());
			List<QuarantineEntry> shown = part.shown();
			assertTrue(shown.stream().allMatch(entry -> entry.topic().equals(TOPIC)), "only the chosen link's");
			assertEquals(badRecords().keySet(), Set.copyOf(shown.stream().map(QuarantineEntry::reasonCode).toList()));
			assertTrue(part.shownValues().stream().noneMatch(value -> value.contains("ada@")), part.shownValues().toString());
			assertTrue(part.shownValues().stream().anyMatch(value -> value.contains(RecordText.MASK)));
			Table table = Widgets.descendants(window, Table.class,
					candidate -> candidate.getColumnCount() == 7 && candidate.getColumn(4).getText().equals("Reason"))
					.get(0);
			TableItem missingField = List.of(table.getItems()).stream()
					.filter(item -> item.getText(4).startsWith("MISSING_FIELD")).findFirst().orElseThrow();
			table.setSelection(missingField);
			Event selected = new Event();
			selected.item = missingField;
			table.notifyListeners(SWT.Selection, selected);
			table.showItem(missingField);
			UiWait.runEventLoop(display, Duration.ofMillis(300));
			Screenshots.ofShell(window, "quarantine-reasons");

			Path csv = TestOutput.scratchFolder("quarantine-export-").resolve("quarantine.csv");
			part.exportTo(csv);
			String exported = Files.readString(csv);
			assertEquals(badRecords().size() + 1, exported.lines().count(), exported);
			assertTrue(exported.contains("MISSING_FIELD") && exported.contains("TOMBSTONE"), exported);
			assertFalse(exported.contains(EMAIL), "the masked field stays masked in the export");

			part.filterBy("orders eu to us", "UNKNOWN_OPERATION");
			UiWait.until(display, "one reason listed", TIMEOUT, () -> part.shown().size() == 1);
			part.filterBy("orders eu to us", "");
			UiWait.until(display, "all reasons again", TIMEOUT, () -> part.shown().size() == badRecords().size());
			Job clearing = part.clear("producer fixed; records replayed from the source");
			UiWait.until(display, "the link's quarantine cleared", TIMEOUT,
					() -> clearing.getResult() != null && part.shown().isEmpty());
			SyncScopeStore store = Workbench.get().getApplication().getContext().get(SyncScopeStore.class);
			List<AuditEntry> audit = store.read(connection -> AuditLog.query(connection,
					new AuditQuery("orders-eu-us", QuarantineStore.CLEAR_ACTION, "", 10)));
			assertEquals(1, audit.size());
			assertEquals("producer fixed; records replayed from the source", audit.get(0).reason());
			assertEquals(badRecords().size() + " quarantined records of " + TOPIC, audit.get(0).before());
		} finally {
			monitoring.stop();
		}
	}

	private static void write(String bootstrapServers) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
				Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
						Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
			producer.send(new ProducerRecord<>(TOPIC, "customer/42".getBytes(StandardCharsets.UTF_8),
					VALID.getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
			for (var bad : badRecords().entrySet()) {
				producer.send(new ProducerRecord<>(TOPIC, ("key-" + bad.getKey()).getBytes(StandardCharsets.UTF_8),
						bad.getValue())).get(30, TimeUnit.SECONDS);
			}
		}
	}

	private static ClusterSpec cluster(String bootstrapServers) {
		LinkSpec link = new LinkSpec("orders-eu-us", "orders eu to us", "eu", "us", TOPIC, "orders.applier", Set.of(),
				LagSettings.DEFAULT, ConflictPolicy.MANUAL, List.of("customer.email", "email"));
		return new ClusterSpec("quarantine", "Quarantine", bootstrapServers, Map.of(), List.of(link));
	}

	private static MonitorSettings settings() {
		return MonitorSettings.defaults().fromBeginning().withMonitorGroup("syncscope.ui-quarantine." + UUID.randomUUID());
	}
}
