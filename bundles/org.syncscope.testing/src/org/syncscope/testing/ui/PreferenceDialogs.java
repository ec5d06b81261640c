package org.syncscope.testing.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Working the Window > Preferences dialog as an operator does: pick a page in its tree, save and close. */
public final class PreferenceDialogs {

	private PreferenceDialogs() {
	}

	/** Selects the page named {@code name} in the dialog's tree. */
	public static void showPage(Shell dialog, String name) {
		Tree tree = Widgets.descendants(dialog, Tree.class, any -> true).get(0);
		for (TreeItem item : tree.getItems()) {
			if (item.getText().equals(name)) {
				tree.setSelection(item);
				Event event = new Event();
				event.item = item;
				tree.notifyListeners(SWT.Selection, event);
				return;
			}
		}
		throw new AssertionError("No preference page '" + name + "'");
	}

	/** The button that saves the pages and closes the dialog ("Apply and Close", or "OK" in older JFace). */
	public static Button applyAndClose(Shell dialog) {
		return Widgets.descendants(dialog, Button.class,
				button -> List.of("Apply and Close", "OK").contains(Widgets.plain(button.getText()))).get(0);
	}
}
