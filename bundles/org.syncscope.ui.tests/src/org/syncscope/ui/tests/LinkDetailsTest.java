package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.PartitionLag;
import org.syncscope.core.lag.StatusRule;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.ui.dashboard.PartitionsPart;
import org.syncscope.ui.status.StatusLine;

/**
 * What the dashboard shows of two links on the real broker: one whose oldest unapplied record was deleted
 * before it could be read (its lag in seconds is an estimate, marked {@code ≈}, above its warning threshold),
 * one whose applier stopped on two partitions (STOPPED, with each partition's offsets, lag and rule in the
 * Partitions part); the status line says what the table says.
 */
@ExtendWith(KafkaBrokerExtension.class)
class LinkDetailsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String ESTIMATED = "details.estimated";
	private static final String STOPPED = "details.stopped";

	@Test
	void estimatesAreMarkedAndAStoppedLinkListsItsPartitions(LocalKafkaBroker broker) throws Exception {
		Display display = Display.getCurrent();
		Shell window = Workbench.mainWindow(display, Duration.ofSeconds(30));
		long old = System.currentTimeMillis() - 600_000;
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				broker.bootstrapServers()));
				// not idempotent: the records it wrote are deleted below, and a broker that then forgets the
				// producer's sequence refuses its next batch (OUT_OF_ORDER_SEQUENCE_NUMBER) for good
				Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
						Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
								ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false, ProducerConfig.ACKS_CONFIG, "1"))) {
			admin.createTopics(List.of(new NewTopic(ESTIMATED, 1, (short) 1), new NewTopic(STOPPED, 2, (short) 1)))
					.all().get(30, TimeUnit.SECONDS);
			write(producer, ESTIMATED, 0, 200, old);
			write(producer, STOPPED, 0, 100, old);
			write(producer, STOPPED, 1, 100, old);
			admin.alterConsumerGroupOffsets(ESTIMATED + ".applier",
					Map.of(new TopicPartition(ESTIMATED, 0), new OffsetAndMetadata(50))).all().get(30, TimeUnit.SECONDS);
			admin.alterConsumerGroupOffsets(STOPPED + ".applier",
					Map.of(new TopicPartition(STOPPED, 0), new OffsetAndMetadata(40), new TopicPartition(STOPPED, 1),
							new OffsetAndMetadata(70)))
					.all().get(30, TimeUnit.SECONDS);
			admin.deleteRecords(Map.of(new TopicPartition(ESTIMATED, 0), RecordsToDelete.beforeOffset(150))).all()
					.get(30, TimeUnit.SECONDS);

			MonitoringService monitoring = Workbench.get().getApplication().getContext().get(MonitoringService.class);
			monitoring.start(List.of(cluster(broker.bootstrapServers())), settings());
			try {
				Workbench.showDashboard(window);
				UiWait.until(display, "both links in the dashboard", TIMEOUT,
						() -> linksTable(window).map(table -> row(table, "eu to us").isPresent()
								&& row(table, "us to eu").isPresent()).orElse(false));
				// the deleted record leaves only the log end's movement to date the committed offset: move it twice
				write(producer, ESTIMATED, 0, 10, System.currentTimeMillis());
				UiWait.until(display, "the first write seen", TIMEOUT, () -> cell(window, "eu to us", "Lag (events)")
						.equals("160"));
				write(producer, ESTIMATED, 0, 10, System.currentTimeMillis());
				UiWait.until(display, "an estimated lag, marked", TIMEOUT,
						() -> cell(window, "eu to us", "Lag (s)").startsWith("≈ "));
				UiWait.until(display, "the stopped link", TIMEOUT,
						() -> cell(window, "us to eu", "Status").equals("STOPPED"));
				assertEquals("LAG ≥ 10 s", cell(window, "eu to us", "Status"),
						"the threshold that fired, not an OK on a yellow cell");
				assertEquals("90", cell(window, "us to eu", "Lag (events)"));
				Screenshots.ofShell(window, "links-estimated-lag");

				Table links = linksTable(window).orElseThrow();
				TableItem stopped = row(links, "us to eu").orElseThrow();
				links.setSelection(stopped);
				Event selected = new Event();
				selected.item = stopped;
				links.notifyListeners(SWT.Selection, selected);
				Widgets.select(Widgets.menuItem(Widgets.menuItem(window.getMenuBar(), "Window").getMenu(), "Partitions"));
				PartitionsPart partitions = (PartitionsPart) Workbench.part("org.syncscope.ui.part.partitions").getObject();
				UiWait.until(display, "the stopped link's two partitions", TIMEOUT,
						() -> partitions.shown().size() == 2);
				UiWait.runEventLoop(display, Duration.ofMillis(300));
				List<PartitionLag> rows = partitions.shown();
				assertEquals(List.of(40L, 70L), rows.stream().map(PartitionLag::committedOffset).toList());
				assertEquals(List.of(60L, 30L), rows.stream().map(PartitionLag::offsetLag).toList());
				assertTrue(rows.stream().allMatch(row -> row.rule() == StatusRule.NOT_PROGRESSING), rows.toString());
				assertEquals("no progress, nobody holds it", partitions.cellText(0, 2));
				Screenshots.ofShell(window, "link-partitions");

				UiWait.until(display, "the status line's summary of the worst link", TIMEOUT,
						() -> statusLine().currentHealth().startsWith("CRITICAL: us to eu — STOPPED, lag "
								+ cell(window, "us to eu", "Lag (s)") + " s"));
			} finally {
				monitoring.stop();
			}
		}
	}

	private static ClusterSpec cluster(String bootstrapServers) {
		LagSettings estimated = new LagSettings(10, 3_600, 60);
		LagSettings quick = new LagSettings(LagSettings.DISABLED, LagSettings.DISABLED, 2);
		return new ClusterSpec("details", "Details", bootstrapServers, Map.of(), List.of(
				new LinkSpec("eu-to-us", "eu to us", "eu", "us", ESTIMATED, ESTIMATED + ".applier", Set.of(),
						estimated, ConflictPolicy.MANUAL, List.of()),
				new LinkSpec("us-to-eu", "us to eu", "us", "eu", STOPPED, STOPPED + ".applier", Set.of(), quick,
						ConflictPolicy.MANUAL, List.of())));
	}

	private static MonitorSettings settings() {
		return MonitorSettings.defaults().withMonitorGroup("syncscope.ui-test." + UUID.randomUUID());
	}

	private static void write(Producer<byte[], byte[]> producer, String topic, int partition, int count,
			long firstMillis) throws Exception {
		for (int i = 0; i < count; i++) {
			producer.send(new ProducerRecord<>(topic, partition, firstMillis + i * 100L,
					("k" + i).getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)));
		}
		producer.flush();
	}

	private static Optional<Table> linksTable(Shell window) {
		return Widgets.descendants(window, Table.class,
				table -> table.getColumnCount() > 5 && table.getColumn(0).getText().equals("Link")).stream()
				.findFirst();
	}

	private static Optional<TableItem> row(Table table, String link) {
		return List.of(table.getItems()).stream().filter(item -> item.getText(0).equals(link)).findFirst();
	}

	private static String cell(Shell window, String link, String column) {
		Table table = linksTable(window).orElseThrow();
		TableItem item = row(table, link).orElseThrow();
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].getText().equals(column)) {
				return item.getText(i);
			}
		}
		throw new AssertionError("no column " + column);
	}

	private static StatusLine statusLine() {
		var application = Workbench.get().getApplication();
		EModelService models = application.getContext().get(EModelService.class);
		List<MToolControl> controls = models.findElements(application, "org.syncscope.ui.statusline",
				MToolControl.class);
		return (StatusLine) controls.get(0).getObject();
	}
}
