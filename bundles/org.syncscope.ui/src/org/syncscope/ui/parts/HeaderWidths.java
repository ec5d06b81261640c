package org.syncscope.ui.parts;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;

/** The width a table's column needs so that its header shows its title whole, beside the sort arrow. */
public final class HeaderWidths {

	private static final int PADDING = 32;

	private HeaderWidths() {
	}

	/** @return the width of {@code title} in {@code table}'s font, plus room for the sort arrow */
	public static int of(Table table, String title) {
		GC gc = new GC(table);
		try {
			return gc.textExtent(title).x + PADDING;
		} finally {
			gc.dispose();
		}
	}
}
