package org.syncscope.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.syncscope.testing.ui.ModalDialogs;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.topology.Endpoint;
import org.syncscope.ui.topology.TopologyUi;
import org.syncscope.ui.topology.credentials.CredentialsDialog;
import org.syncscope.ui.topology.credentials.EndpointCredentials;
import org.syncscope.ui.topology.tree.TopologyTreePart;

/** Works an endpoint's Credentials… dialog as an operator would. */
final class CredentialsDialogs {

	private final Workbench workbench;

	CredentialsDialogs(Workbench workbench) {
		this.workbench = workbench;
	}

	/** Chooses Credentials… on {@code endpoint} in the tree; {@code operator} works the dialog once it shows. */
	void run(Endpoint endpoint, Consumer<Shell> operator) {
		TopologyTreePart tree = workbench.part(TopologyUi.TREE_PART, TopologyTreePart.class, PartState.ACTIVATE);
		tree.viewer().setSelection(new StructuredSelection(endpoint), true);
		UiWait.processEvents(workbench.display);
		ModalDialogs.operate(workbench.display, CredentialsDialog.TITLE, Workbench.TIMEOUT, operator,
				() -> Workbench.select(Workbench.menuItem(tree.viewer().getTree().getMenu(), "Credentials…")));
		assertFalse(Widgets.shellTitled(workbench.display, CredentialsDialog.TITLE).isPresent(), "the dialog closed");
	}

	/** Waits until what the dialog chose is written to secure storage. */
	void awaitStorageJobs() {
		UiWait.until(workbench.display, "secure storage to be written", Workbench.TIMEOUT,
				() -> Job.getJobManager().find(EndpointCredentials.JOB_FAMILY).length == 0);
	}

	static void fill(Shell dialog, String username, String password) {
		List<Text> texts = texts(dialog);
		assertTrue((texts.get(2).getStyle() & SWT.PASSWORD) != 0, "the password field masks what is typed");
		texts.get(1).setText(username);
		texts.get(2).setText(password);
	}

	/** The dialog's fields in order: key, user name, password. */
	static List<Text> texts(Shell dialog) {
		return Widgets.descendants(dialog, Text.class, text -> (text.getStyle() & SWT.READ_ONLY) == 0);
	}

	static void press(Shell dialog, String label) {
		Button button = Widgets.descendants(dialog, Button.class, b -> Widgets.plain(b.getText()).equals(label)).get(0);
		assertTrue(button.isEnabled(), label + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}
}
