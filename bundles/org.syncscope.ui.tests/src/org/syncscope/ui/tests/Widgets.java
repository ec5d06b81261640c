package org.syncscope.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/** Finds SWT widgets the way an operator sees them: by visible text, with mnemonics removed. */
final class Widgets {

	private Widgets() {
	}

	static String plain(String text) {
		return text.replace("&", "").replaceAll("\t.*", "");
	}

	static Optional<Shell> shellTitled(Display display, String title) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return Optional.of(shell);
			}
		}
		return Optional.empty();
	}

	static <T extends Control> List<T> descendants(Composite root, Class<T> type, Predicate<T> filter) {
		List<T> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child) && filter.test(type.cast(child))) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(descendants(composite, type, filter));
			}
		}
		return found;
	}

	static List<String> itemTexts(Menu menu) {
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			texts.add(plain(item.getText()));
		}
		return texts;
	}

	/** The item of {@code menu} labelled {@code text}; opens the menu's contents first as SWT does on show. */
	static MenuItem menuItem(Menu menu, String text) {
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if (plain(item.getText()).equals(text)) {
				return item;
			}
		}
		throw new AssertionError("No menu item '" + text + "' in " + itemTexts(menu));
	}

	/** Selects a menu item as a click does. */
	static void select(MenuItem item) {
		item.notifyListeners(SWT.Selection, new Event());
	}
}
