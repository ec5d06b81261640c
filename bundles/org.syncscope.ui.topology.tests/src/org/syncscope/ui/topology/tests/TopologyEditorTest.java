package org.syncscope.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.topology.Database;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyPrompts;
import org.syncscope.ui.topology.TopologyUi;
import org.syncscope.ui.topology.overview.OverviewPart;
import org.syncscope.ui.topology.problems.ProblemsPart;
import org.syncscope.ui.topology.properties.PropertiesPart;
import org.syncscope.ui.topology.properties.PropertyRow;
import org.syncscope.ui.topology.tree.TopologyTreePart;

/**
 * The topology editor in the real workbench, driven through its menus, context menu and properties as an
 * operator would: open a copy of the sample, add an endpoint and a link, undo and redo, save (past the
 * warning about problems), reload the file, and keep tree, overview and Problems in step. Screenshots of
 * the editor and the overview land in {@code target/screenshots}.
 */
class TopologyEditorTest {

	private final Workbench workbench = new Workbench();
	private final RecordingPrompts prompts = new RecordingPrompts();
	private TopologyPrompts originalPrompts;
	private Path file;

	@BeforeEach
	void openCopyOfSample() throws Exception {
		originalPrompts = workbench.context().get(TopologyPrompts.class);
		workbench.context().set(TopologyPrompts.class, prompts);
		file = workbench.openCopyOfSample(prompts, TestOutput.scratchFolder("editor"));
	}

	@AfterEach
	void closeTopology() {
		workbench.activeTopology().close();
		workbench.context().set(TopologyPrompts.class, originalPrompts);
	}

	@Test
	void addEndpointAndLinkUndoRedoSaveAndReload() throws Exception {
		TopologyDocument document = workbench.activeTopology().document().orElseThrow();
		Topology topology = document.topology();
		TopologyTreePart tree = workbench.part(TopologyUi.TREE_PART, TopologyTreePart.class, PartState.ACTIVATE);
		PropertiesPart properties = workbench.part(TopologyUi.PROPERTIES_PART, PropertiesPart.class,
				PartState.VISIBLE);
		UiWait.until(workbench.display, "the tree to show the topology", Workbench.TIMEOUT,
				() -> tree.viewer().getTree().getItemCount() == 1);

		Database database = (Database) newChild(tree, topology, "Database");
		assertEquals("database-1", database.getId());
		UiWait.until(workbench.display, "the properties of the new database", Workbench.TIMEOUT,
				() -> properties.shown() == database);
		typeInto(properties, "Name", "Orders DB eu-central");
		typeInto(properties, "Region", "eu-central");
		typeInto(properties, "JDBC URL", "jdbc:postgresql://orders-db.eu-central.internal:5432/orders");
		assertEquals("eu-central", database.getRegion());

		SyncLink link = (SyncLink) newChild(tree, topology, "Sync Link");
		UiWait.until(workbench.display, "the properties of the new link", Workbench.TIMEOUT,
				() -> properties.shown() == link);
		Endpoint euWest = topology.findEndpoint("eu-west-db");
		choose(properties, "Source", database);
		choose(properties, "Target", euWest);
		typeInto(properties, "Name", "eu-central to eu-west");
		assertSame(database, link.getSource());
		assertSame(euWest, link.getTarget());
		assertTrue(workbench.partModel(TopologyUi.TREE_PART).isDirty(), "the editor shows unsaved changes");

		workbench.mainMenu("Edit", "Undo");
		workbench.mainMenu("Edit", "Undo");
		assertNull(link.getTarget());
		assertEquals("New link 1", link.getName());
		select(tree, topology);
		Workbench.select(Workbench.menuItem(tree.viewer().getTree().getMenu(), "Undo Set"));
		assertNull(link.getSource());
		workbench.mainMenu("Edit", "Redo");
		workbench.mainMenu("Edit", "Redo");
		workbench.mainMenu("Edit", "Redo");
		assertSame(database, link.getSource());
		assertSame(euWest, link.getTarget());
		assertEquals("eu-central to eu-west", link.getName());

		select(tree, link);
		Screenshots.ofShell(workbench.shell, "topology-editor");

		workbench.mainMenu("File", "Save");
		UiWait.until(workbench.display, "the save to finish", Workbench.TIMEOUT, () -> !document.isDirty());
		assertEquals(1, prompts.saveWarnings.size(), "the operator is warned that the link is incomplete");
		assertTrue(prompts.saveWarnings.get(0).errors() > 0);
		assertFalse(workbench.partModel(TopologyUi.TREE_PART).isDirty());
		ProblemsPart problems = workbench.part(TopologyUi.PROBLEMS_PART, ProblemsPart.class, PartState.VISIBLE);
		UiWait.until(workbench.display, "the problems of the saved topology", Workbench.TIMEOUT,
				() -> problems.viewer().getTable().getItemCount() == prompts.saveWarnings.get(0).problems().size());
		Screenshots.ofShell(workbench.shell, "topology-problems");

		Topology reloaded = TopologyResources.load(TopologyResources.newResourceSet(), file);
		assertEquals(8, reloaded.getEndpoints().size());
		assertEquals(7, reloaded.getLinks().size());
		Endpoint savedDatabase = reloaded.findEndpoint("database-1");
		assertEquals("Orders DB eu-central", savedDatabase.getName());
		assertEquals("eu-central", savedDatabase.getRegion());
		SyncLink savedLink = reloaded.findLink("link-1");
		assertSame(savedDatabase, savedLink.getSource());
		assertSame(reloaded.findEndpoint("eu-west-db"), savedLink.getTarget());
		assertEquals("eu-central to eu-west", savedLink.getName());
	}

	@Test
	void overviewAndTreeSelectTheSameElement() {
		Topology topology = workbench.activeTopology().document().orElseThrow().topology();
		OverviewPart overview = workbench.part(TopologyUi.OVERVIEW_PART, OverviewPart.class, PartState.VISIBLE);
		TopologyTreePart tree = workbench.part(TopologyUi.TREE_PART, TopologyTreePart.class, PartState.ACTIVATE);
		SyncLink usToEu = topology.findLink("us-east-to-eu-west");

		select(tree, usToEu);
		UiWait.until(workbench.display, "the overview to highlight the link", Workbench.TIMEOUT,
				() -> overview.selected().equals(Set.of(usToEu)));

		workbench.partService().activate(workbench.partModel(TopologyUi.OVERVIEW_PART));
		Endpoint apSouth = topology.findEndpoint("ap-south-db");
		UiWait.until(workbench.display, "the overview to be laid out", Workbench.TIMEOUT,
				() -> overview.centreOf(apSouth) != null);
		click(overview, overview.centreOf(apSouth));
		UiWait.until(workbench.display, "the tree to select the clicked endpoint", Workbench.TIMEOUT,
				() -> tree.viewer().getStructuredSelection().toList().equals(List.of(apSouth)));
		Screenshots.ofShell(workbench.shell, "topology-overview");
	}

	@Test
	void doubleClickOnAProblemSelectsItsElementInTheTree() {
		Topology topology = workbench.activeTopology().document().orElseThrow().topology();
		TopologyTreePart tree = workbench.part(TopologyUi.TREE_PART, TopologyTreePart.class, PartState.ACTIVATE);
		SyncLink link = (SyncLink) newChild(tree, topology, "Sync Link");
		select(tree, topology);

		workbench.mainMenu("Edit", "Validate Topology");
		ProblemsPart problems = workbench.part(TopologyUi.PROBLEMS_PART, ProblemsPart.class, PartState.ACTIVATE);
		UiWait.until(workbench.display, "the problems of the new link", Workbench.TIMEOUT,
				() -> problems.viewer().getTable().getItemCount() > 0);
		Table table = problems.viewer().getTable();
		table.setSelection(0);
		table.notifyListeners(SWT.DefaultSelection, new Event());

		UiWait.until(workbench.display, "the tree to select the link with the problem", Workbench.TIMEOUT,
				() -> tree.viewer().getStructuredSelection().toList().equals(List.of(link)));
		workbench.mainMenu("Edit", "Delete");
		assertFalse(topology.getLinks().contains(link), "Edit > Delete removed the selected link");
	}

	/** Creates a child of {@code owner} through the tree's context menu; returns the new element. */
	private Object newChild(TopologyTreePart tree, Object owner, String kind) {
		select(tree, owner);
		MenuItem newChild = Workbench.menuItem(tree.viewer().getTree().getMenu(), "New Child");
		Workbench.select(Workbench.menuItem(newChild.getMenu(), kind));
		UiWait.processEvents(workbench.display);
		Object created = tree.viewer().getStructuredSelection().getFirstElement();
		assertNotNull(created, "the new " + kind + " is selected");
		return created;
	}

	/** Clicks {@code element} in the tree: the tree becomes the active part and selects it. */
	private void select(TopologyTreePart tree, Object element) {
		workbench.partService().activate(workbench.partModel(TopologyUi.TREE_PART));
		TreeViewer viewer = tree.viewer();
		viewer.setSelection(new StructuredSelection(element), true);
		UiWait.processEvents(workbench.display);
	}

	/** Edits a text property with its cell editor: click, type, Enter. */
	private void typeInto(PropertiesPart properties, String property, String text) {
		properties.viewer().editElement(row(properties, property), 1);
		Text editor = Workbench.descendants(properties.viewer().getTable(), Text.class, Text::isVisible).get(0);
		editor.setText(text);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		UiWait.processEvents(workbench.display);
	}

	/** Chooses a value of an enum or reference property in its combo cell editor. */
	private void choose(PropertiesPart properties, String property, Object value) {
		PropertyRow row = row(properties, property);
		properties.viewer().editElement(row, 1);
		CCombo combo = Workbench.descendants(properties.viewer().getTable(), CCombo.class, CCombo::isVisible).get(0);
		combo.select(row.choices().indexOf(value));
		combo.notifyListeners(SWT.Selection, new Event());
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		UiWait.processEvents(workbench.display);
	}

	private static PropertyRow row(PropertiesPart properties, String name) {
		for (int i = 0; i < properties.viewer().getTable().getItemCount(); i++) {
			if (properties.viewer().getElementAt(i) instanceof PropertyRow row && row.name().equals(name)) {
				return row;
			}
		}
		throw new AssertionError("No property " + name);
	}

	private void click(OverviewPart overview, Point point) {
		Event down = new Event();
		down.x = point.x;
		down.y = point.y;
		down.button = 1;
		overview.canvas().notifyListeners(SWT.MouseDown, down);
		UiWait.processEvents(workbench.display);
	}
}
