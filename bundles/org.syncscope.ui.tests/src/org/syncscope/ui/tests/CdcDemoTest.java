package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.syncscope.connect.monitor.ConnectClusterSpec.SourceDatabase;
import org.syncscope.connect.monitor.ConnectMonitor;
import org.syncscope.connect.rest.ConnectClient;
import org.syncscope.connect.rest.ConnectRestException;
import org.syncscope.jdbc.postgres.ReplicationSlots;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.TopologyFactory;
import org.syncscope.ui.dashboard.DashboardPart;
import org.syncscope.ui.demo.DemoController;
import org.syncscope.ui.topology.overview.StatusColors;

/**
 * The CDC demo in the real workbench: File > Start Demo > CDC Pipeline starts the broker, two PostgreSQL regions, Kafka
 * Connect with Debezium and the JDBC sink, and a workload; the dashboard shows both links with their connectors
 * RUNNING, the sink groups' lag and the source slots' lag (in the table, and stored and charted), Kafka Connect UP, and
 * nothing quarantined; a sink paused on Connect shows as PAUSED and running again once resumed; the overview draws the
 * pipeline with the connector states under each link.
 */
class CdcDemoTest {

	private static final Duration DEMO_TIMEOUT = Duration.ofSeconds(180);
	private static final String RUNNING = "RUNNING";

	@Test
	void theCdcDemoShowsItsLinksConnectorsAndLag() throws ConnectRestException, SQLException {
		Display display = Display.getCurrent();
		Shell window = Workbench.mainWindow(display, Duration.ofSeconds(30));
		IEclipseContext context = Workbench.get().getApplication().getContext();
		DemoController demo = context.get(DemoController.class);
		demo.stop(); // whatever an earlier test left running

		Workbench.showDashboard(window);
		Menu file = Widgets.menuItem(window.getMenuBar(), "File").getMenu();
		Widgets.select(Widgets.menuItem(Widgets.menuItem(file, "Start Demo").getMenu(),
				"CDC Pipeline (PostgreSQL, Debezium)"));
		Workbench.showDashboard(window);
		long clicked = System.nanoTime();
		try {
			UiWait.until(display, "both CDC links with running connectors and a lag in events", DEMO_TIMEOUT, () -> {
				Table links = DashboardTable.of(window);
				return links.getItemCount() == 2 && List.of(links.getItems()).stream()
						.allMatch(row -> DashboardTable.cell(links, row, "Connectors").equals(RUNNING)
								&& DashboardTable.cell(links, row, "Lag (events)").matches("[0-9,]+")
								&& DashboardTable.cell(links, row, "Slot lag").matches("[0-9.]+ [kMGT]?B"));
			});
			System.out.printf("CDC demo live %d s after File > Start Demo > CDC Pipeline%n",
					Duration.ofNanos(System.nanoTime() - clicked).toSeconds());
			Table links = DashboardTable.of(window);
			assertEquals(List.of("eu to us", "us to eu"),
					List.of(links.getItems()).stream().map(row -> DashboardTable.cell(links, row, "Link")).sorted()
							.toList());
			Label health = Widgets.descendants(window, Label.class, label -> label.getText().contains("Kafka Connect"))
					.get(0);
			assertTrue(health.getText().contains("Kafka Connect CDC Connect: UP"), health.getText());
			MonitoringService monitoring = context.get(MonitoringService.class);
			assertEquals(0, monitoring.quarantine().count("eu.public.customers")
					+ monitoring.quarantine().count("us.public.customers"), "Debezium's events are not quarantined");
			Workbench.followTheLastFiveMinutes(window);
			DashboardPart dashboard = (DashboardPart) Workbench.part("org.syncscope.ui.part.dashboard").getObject();
			UiWait.until(display, "charts of both links drawn from stored samples", DEMO_TIMEOUT,
					() -> dashboard.shownData().map(data -> data.samplesByLink().keySet().containsAll(
							List.of("eu to us", "us to eu"))
							&& data.samplesByLink().values().stream().allMatch(samples -> samples.size() >= 3))
							.orElse(false));
			UiWait.until(display, "the slot lag of both sources stored and charted", DEMO_TIMEOUT,
					() -> dashboard.shownData().map(data -> data.datasets().slotLagBytes().getSeriesCount() == 2
							&& data.samplesByLink().values().stream().allMatch(
									samples -> samples.stream().anyMatch(sample -> sample.slotLagBytes() >= 0)))
							.orElse(false));
			Screenshots.ofShell(window, "cdc-demo-dashboard");
			aTableWithoutFullBeforeImagesIsAProblemOfItsLink(display, window, context.get(ConnectMonitor.class));

			ConnectClient connect = new ConnectClient(context.get(ConnectMonitor.class).watched().get(0).restUrl());
			connect.pause("eu-to-us");
			UiWait.until(display, "the links table to show the paused sink", Duration.ofSeconds(60),
					() -> connectors(window, "eu to us")
							.equals("sink PAUSED"));
			UiWait.until(display, "the paused sink's lag to show in the lag chart", Duration.ofSeconds(60),
					() -> dashboard.shownData().map(data -> data.samplesByLink().get("eu to us").stream()
							.anyMatch(sample -> sample.offsetLag() > 0)).orElse(false));
			Screenshots.ofShell(window, "cdc-demo-sink-paused");
			connect.resume("eu-to-us");
			UiWait.until(display, "the sink to run again", Duration.ofSeconds(60),
					() -> connectors(window, "eu to us").equals(RUNNING));

			Widgets.select(Widgets.menuItem(Widgets.menuItem(window.getMenuBar(), "Window").getMenu(),
					"Topology Overview"));
			SyncLink euToUs = TopologyFactory.eINSTANCE.createSyncLink();
			euToUs.setId("eu-to-us");
			UiWait.until(display, "the overview to note the connectors under the links", Duration.ofSeconds(30), () -> {
				StatusColors colors = context.get(StatusColors.class);
				return colors != null && RUNNING.equals(colors.linkNote(euToUs));
			});
			UiWait.processEvents(display);
			Screenshots.ofShell(window, "cdc-demo-overview");
		} finally {
			demo.stop();
		}
	}

	/**
	 * The eu table's replica identity set back to DEFAULT: the Problems part warns on the link that carries it
	 * that its conflicts cannot be found, until it is FULL again.
	 */
	private static void aTableWithoutFullBeforeImagesIsAProblemOfItsLink(Display display, Shell window,
			ConnectMonitor monitor) throws SQLException {
		SourceDatabase eu = monitor.watched().get(0).links().stream().filter(link -> link.linkId().equals("eu-to-us"))
				.findFirst().orElseThrow().sourceDatabase().orElseThrow();
		String table = eu.tables().get(0);
		Widgets.select(Widgets.menuItem(Widgets.menuItem(window.getMenuBar(), "Window").getMenu(), "Problems"));
		alterReplicaIdentity(eu, table, "DEFAULT");
		try {
			UiWait.until(display, "the Problems part to warn about " + table, Duration.ofSeconds(60),
					() -> problem(window, "REPLICA IDENTITY DEFAULT").isPresent());
			TableItem warning = problem(window, "REPLICA IDENTITY DEFAULT").orElseThrow();
			assertEquals("Warning", warning.getText(0));
			assertEquals("Sync Link eu to us", warning.getText(2), "the link that carries the table");
			Table problems = warning.getParent();
			problems.setSelection(warning);
			Instant checked = monitor.link("eu-to-us").orElseThrow().checkedAt();
			UiWait.until(display, "another round of the Connect monitor", Duration.ofSeconds(60),
					() -> monitor.link("eu-to-us").orElseThrow().checkedAt().isAfter(checked));
			UiWait.processEvents(display);
			assertEquals(1, problems.getSelectionCount(), "the selected problem stays selected across rounds");
			Screenshots.ofShell(window, "cdc-demo-replica-identity-problem");
		} finally {
			alterReplicaIdentity(eu, table, "FULL");
		}
		UiWait.until(display, "the warning to go once the table is FULL again", Duration.ofSeconds(60),
				() -> problem(window, "REPLICA IDENTITY").isEmpty());
	}

	private static Optional<TableItem> problem(Shell window, String text) {
		return Widgets.descendants(window, Table.class, table -> table.getColumnCount() == 3
				&& table.getColumn(1).getText().equals("Message")).stream()
				.flatMap(table -> List.of(table.getItems()).stream())
				.filter(item -> item.getText(1).contains(text)).findFirst();
	}

	private static void alterReplicaIdentity(SourceDatabase database, String table, String identity)
			throws SQLException {
		try (Connection connection = ReplicationSlots.connect(database.jdbcUrl(), database.user(),
				database.password()); Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE " + table + " REPLICA IDENTITY " + identity);
		}
	}

	private static String connectors(Shell window, String link) {
		Table links = DashboardTable.of(window);
		return DashboardTable.cell(links, DashboardTable.row(links, link), "Connectors");
	}
}
