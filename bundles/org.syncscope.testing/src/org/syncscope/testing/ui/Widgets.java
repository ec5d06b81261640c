package org.syncscope.testing.ui;

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

/**
 * Finds and drives SWT widgets the way an operator sees them: by visible text, with mnemonics and
 * accelerators removed (SWTBot is not on Maven Central; these few helpers are what UI tests need).
 */
public final class Widgets {

	private Widgets() {
	}

	/** A widget text without mnemonic markers and accelerator text. */
	public static String plain(String text) {
		return text.replace("&", "").replaceAll("\t.*", "");
	}

	/** The visible shell with this title, if any. */
	public static Optional<Shell> shellTitled(Display display, String title) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return Optional.of(shell);
			}
		}
		return Optional.empty();
	}

	/** Every control of {@code type} below {@code root} that passes {@code filter}, depth first. */
	public static <T extends Control> List<T> descendants(Composite root, Class<T> type, Predicate<T> filter) {
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

	/** The plain texts of a menu's items. */
	public static List<String> itemTexts(Menu menu) {
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			texts.add(plain(item.getText()));
		}
		return texts;
	}

	/** The item of {@code menu} labelled {@code text}; opens the menu's contents first as SWT does on show. */
	public static MenuItem menuItem(Menu menu, String text) {
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if (plain(item.getText()).equals(text)) {
				return item;
			}
		}
		throw new AssertionError("No menu item '" + text + "' in " + itemTexts(menu));
	}

	/** Selects a menu item as a click does; a disabled item fails the test, as it could not be clicked. */
	public static void select(MenuItem item) {
		if (!item.isEnabled()) {
			throw new AssertionError("Menu item '" + plain(item.getText()) + "' is disabled");
		}
		item.notifyListeners(SWT.Selection, new Event());
	}
}
