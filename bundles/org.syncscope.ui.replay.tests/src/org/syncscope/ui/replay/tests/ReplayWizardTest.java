package org.syncscope.ui.replay.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.replay.ReplaySettings;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.SampleTopology;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.topology.SyncLink;
import org.syncscope.ui.replay.ReplayAccess;
import org.syncscope.ui.replay.history.ReplayHistoryPart;
import org.syncscope.ui.replay.wizard.ReplayWizard;
import org.syncscope.ui.topology.ActiveTopology;
import org.syncscope.ui.topology.TopologyDocument;

/**
 * The replay wizard in the real workbench against the real broker: choose a range, see the dry run with
 * masked payloads, finish, and watch the replay's progress in the Replay History part until it completes.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ReplayWizardTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String SOURCE = "sync.eu-west.changes";
	private static final String TARGET = "sync.eu-west.replay";
	private static final int PER_PARTITION = 4000;

	private final Display display = Display.getCurrent();

	@Test
	void dryRunPreviewThenReplayWithProgressInTheHistory(LocalKafkaBroker broker) throws Exception {
		prepareTopics(broker.bootstrapServers());
		MApplication application = application();
		MWindow window = application.getChildren().get(0);
		Shell shell = (Shell) window.getWidget();
		IEclipseContext context = application.getContext();
		Path folder = TestOutput.scratchFolder("replay-ui-");
		context.set(ReplayAccess.class, new ReplayAccess(folder.resolve("store"), ReplaySettings.DEFAULT.withBatchSize(100)));
		TopologyDocument document = ContextInjectionFactory.make(ActiveTopology.class, context)
				.open(SampleTopology.savedIn(folder, broker.bootstrapServers()));
		SyncLink link = document.topology().getLinks().stream().filter(l -> "eu-west-to-us-east".equals(l.getId()))
				.findFirst().orElseThrow();
		MPart historyModel = window.getContext().get(EPartService.class).showPart(ReplayHistoryPart.ID,
				EPartService.PartState.VISIBLE);
		UiWait.until(display, "the history part", TIMEOUT, () -> historyModel.getObject() instanceof ReplayHistoryPart);
		ReplayHistoryPart history = (ReplayHistoryPart) historyModel.getObject();

		ReplayWizard wizard = new ReplayWizard(document.topology().getLinks(), link, context.get(ReplayAccess.class),
				context.get(IEventBroker.class), "ui-test");
		TestDialog dialog = new TestDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		// the dialog keeps its own size: resized here, under Xvfb without a window manager GTK did not lay out the
		// pages shown afterwards (the preview's columns stayed 0 wide and its rows painted empty)
		Shell wizardShell = dialog.getShell();
		List<Text> texts = Widgets.descendants(wizardShell, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0);
		type(texts.get(0), "0:0-4000, 1:0-4000, 2:0-4000");
		Combo target = Widgets.descendants(wizardShell, Combo.class, c -> true).get(1);
		target.select(target.indexOf(TARGET));
		target.notifyListeners(SWT.Selection, new Event());
		type(texts.get(texts.size() - 1), "us-east lost its applier state between 09:00 and 10:00");
		assertTrue(dialog.isNextEnabled(), "the first page is complete");

		dialog.next();
		UiWait.until(display, "the preview page", TIMEOUT, () -> wizard.canFinish());
		List<Table> tables = Widgets.descendants(wizardShell, Table.class, Control::isVisible);
		assertEquals(3, tables.get(0).getItemCount(), "one row per partition");
		assertEquals("4,000", tables.get(0).getItem(0).getText(3));
		String payloads = texts(tables.get(1));
		assertTrue(payloads.contains("\"email\":\"***\""), payloads);
		assertFalse(payloads.contains("@example.org"), "no personal data on screen");
		Screenshots.ofShell(wizardShell, "replay-wizard-preview");

		dialog.finish();
		UiWait.until(display, "the replay to be under way", TIMEOUT,
				() -> history.progressPermille() > 0 && history.progressPermille() < 1000);
		Screenshots.ofShell(shell, "replay-progress");
		UiWait.until(display, "the replay to complete", TIMEOUT, () -> history.progressText().startsWith("completed"));
		assertEquals("completed: 12,000 of 12,000 events", history.progressText());
		assertEquals(3 * PER_PARTITION, committedCount(broker.bootstrapServers(), TARGET));
		UiWait.until(display, "the history to list the replay", TIMEOUT, () -> history.rowCount() == 1);
		Screenshots.ofShell(shell, "replay-history");
	}

	@Test
	void replayFromTheDashboardLinksTableStartsOnThatLink(LocalKafkaBroker broker) throws Exception {
		MApplication application = application();
		MWindow window = application.getChildren().get(0);
		IEclipseContext context = application.getContext();
		Path folder = TestOutput.scratchFolder("replay-ui-links-");
		ContextInjectionFactory.make(ActiveTopology.class, context)
				.open(SampleTopology.savedIn(folder, broker.bootstrapServers()));
		EPartService parts = window.getContext().get(EPartService.class);
		MPart dashboard = parts.showPart("org.syncscope.ui.part.dashboard", EPartService.PartState.ACTIVATE);
		UiWait.until(display, "the dashboard", TIMEOUT, () -> dashboard.getWidget() instanceof Composite);
		Table links = Widgets.descendants((Composite) dashboard.getWidget(), Table.class, t -> true).get(0);
		UiWait.until(display, "the link in the links table", TIMEOUT, () -> row(links, "us-east to eu-west") >= 0);
		links.setSelection(row(links, "us-east to eu-west"));
		links.notifyListeners(SWT.Selection, new Event());
		parts.activate(dashboard);

		assertTrue(links.getMenu() != null, "the links table has a context menu");
		MenuItem replay = Widgets.menuItem(links.getMenu(), "Replay…");
		String shownLink = inWizardOpenedBy(replay, wizard -> {
			Screenshots.ofShell(wizard, "replay-wizard-from-links-table");
			return linkShown(wizard);
		});
		assertTrue(shownLink.startsWith("us-east to eu-west"), "the wizard starts on the row's link: " + shownLink);
	}

	@Test
	void replayFromTheTopologyTreesContextMenuStartsOnTheSelectedLink(LocalKafkaBroker broker) throws Exception {
		MApplication application = application();
		MWindow window = application.getChildren().get(0);
		ContextInjectionFactory.make(ActiveTopology.class, application.getContext())
				.open(SampleTopology.savedIn(TestOutput.scratchFolder("replay-ui-tree-"), broker.bootstrapServers()));
		EPartService parts = window.getContext().get(EPartService.class);
		MPart treePart = parts.showPart("org.syncscope.ui.part.topology", EPartService.PartState.ACTIVATE);
		UiWait.until(display, "the topology tree", TIMEOUT, () -> treePart.getWidget() instanceof Composite composite
				&& !Widgets.descendants(composite, Tree.class, t -> t.getItemCount() > 0).isEmpty());
		Tree tree = Widgets.descendants((Composite) treePart.getWidget(), Tree.class, t -> t.getItemCount() > 0).get(0);
		UiWait.until(display, "the link in the tree", TIMEOUT, () -> treeItem(tree, "us-east to eu-west") != null);
		TreeItem item = treeItem(tree, "us-east to eu-west");
		tree.setSelection(item);
		Event selected = new Event();
		selected.item = item;
		tree.notifyListeners(SWT.Selection, selected);
		parts.activate(treePart);

		MenuItem replay = Widgets.menuItem(tree.getMenu(), "Replay…");
		String shownLink = inWizardOpenedBy(replay, ReplayWizardTest::linkShown);
		assertTrue(shownLink.startsWith("us-east to eu-west"), "the wizard starts on the tree's link: " + shownLink);
	}

	/**
	 * Selects {@code item}, which opens the Replay Changes wizard, reads what it shows with {@code read} and
	 * closes it. The wizard runs its own event loop, so the reading runs from a runnable that loop runs.
	 */
	private <T> T inWizardOpenedBy(MenuItem item, Function<Shell, T> read) {
		List<T> seen = new ArrayList<>();
		display.asyncExec(() -> Widgets.select(item));
		display.asyncExec(() -> {
			Shell wizard = Widgets.shellTitled(display, "Replay Changes").orElseThrow();
			seen.add(read.apply(wizard));
			wizard.close();
		});
		UiWait.until(display, "the wizard opened by " + Widgets.plain(item.getText()), TIMEOUT, () -> !seen.isEmpty());
		return seen.get(0);
	}

	/** The link the wizard starts on. */
	private static String linkShown(Shell wizard) {
		return Widgets.descendants(wizard, Combo.class, c -> true).get(0).getText();
	}

	/** The tree's sync link item whose label ends with {@code linkName}, or null. */
	private static TreeItem treeItem(Tree tree, String linkName) {
		for (TreeItem root : tree.getItems()) {
			for (TreeItem child : root.getItems()) {
				if (child.getText().startsWith("Sync Link") && child.getText().endsWith(linkName)) {
					return child;
				}
			}
		}
		return null;
	}

	@Test
	void replayThisKeyFromTheConflictsMenuStartsOnTheConflictsLinkAndKey(LocalKafkaBroker broker) throws Exception {
		MApplication application = application();
		MWindow window = application.getChildren().get(0);
		Shell shell = (Shell) window.getWidget();
		Path folder = TestOutput.scratchFolder("replay-ui-conflict-");
		ContextInjectionFactory.make(ActiveTopology.class, application.getContext())
				.open(SampleTopology.savedIn(folder, broker.bootstrapServers()));
		MPart conflicts = window.getContext().get(EPartService.class).showPart("org.syncscope.ui.part.conflicts",
				EPartService.PartState.ACTIVATE);
		UiWait.until(display, "the conflicts part", TIMEOUT, () -> conflicts.getContext() != null);
		// what the Conflicts part's table selection publishes
		conflicts.getContext().get(ESelectionService.class).setSelection(new StoredConflict(7, "ap-south-to-us-east",
				"customer/42", Instant.now(), ConflictState.OPEN, List.of(), 2, Optional.empty(), ""));

		Menu conflictsMenu = Widgets.menuItem(shell.getMenuBar(), "Conflicts").getMenu();
		MenuItem replay = Widgets.menuItem(conflictsMenu, "Replay This Key…");
		List<String> shown = inWizardOpenedBy(replay, wizard -> List.of(linkShown(wizard),
				Widgets.descendants(wizard, Text.class, t -> t.getText().contains("customer/")).stream()
						.map(Text::getText).findFirst().orElse("")));
		assertTrue(shown.get(0).startsWith("ap-south to us-east"), "the conflict's link: " + shown.get(0));
		assertEquals("customer/42", shown.get(1), "the conflict's key as the exact key filter");
	}

	private static int row(Table table, String linkName) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (linkName.equals(table.getItem(i).getText(0))) {
				return i;
			}
		}
		return -1;
	}

	private void type(Text text, String value) {
		text.setText(value);
		UiWait.processEvents(display);
	}

	private static String texts(Table table) {
		StringBuilder all = new StringBuilder();
		for (TableItem item : table.getItems()) {
			for (int column = 0; column < table.getColumnCount(); column++) {
				all.append(item.getText(column)).append(' ');
			}
			all.append('\n');
		}
		return all.toString();
	}

	private MApplication application() {
		BundleContext bundle = FrameworkUtil.getBundle(ReplayWizardTest.class).getBundleContext();
		MApplication application = bundle.getService(bundle.getServiceReference(IWorkbench.class)).getApplication();
		UiWait.until(display, "the SyncScope window", TIMEOUT,
				() -> !application.getChildren().isEmpty() && application.getChildren().get(0).getWidget() != null);
		return application;
	}

	private static void prepareTopics(String bootstrap) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic(SOURCE, 3, (short) 1), new NewTopic(TARGET, 3, (short) 1))).all()
					.get(30, TimeUnit.SECONDS);
		}
		try (Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 5))) {
			for (int p = 0; p < 3; p++) {
				for (int i = 0; i < PER_PARTITION; i++) {
					String key = "customer/" + p + "-" + i;
					String value = "{\"v\":1,\"id\":\"" + UUID.randomUUID() + "\",\"key\":\"" + key
							+ "\",\"op\":\"UPSERT\",\"origin\":\"eu-west-1\",\"vv\":{\"eu-west-1\":" + (i + 1)
							+ "},\"ts\":1764100000000,\"payload\":{\"customer\":{\"name\":\"Ada\",\"email\":\"ada" + i
							+ "@example.org\"},\"total\":" + i + "}}";
					producer.send(new ProducerRecord<>(SOURCE, p, bytes(key), bytes(value)));
				}
			}
			producer.flush();
		}
	}

	private static long committedCount(String bootstrap, String topic) {
		try (Consumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"))) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (int p = 0; p < 3; p++) {
				partitions.add(new TopicPartition(topic, p));
			}
			// with only committed replay batches and their markers, the count is what read_committed skips to
			long records = 0;
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
				records += consumer.poll(Duration.ofMillis(200)).count();
			}
			return records;
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** The wizard dialog with its buttons pressable from the test. */
	private static final class TestDialog extends WizardDialog {
		TestDialog(Shell parent, ReplayWizard wizard) {
			super(parent, wizard);
		}

		boolean isNextEnabled() {
			return getButton(IDialogConstants.NEXT_ID).isEnabled();
		}

		void next() {
			nextPressed();
		}

		void finish() {
			finishPressed();
		}
	}
}
