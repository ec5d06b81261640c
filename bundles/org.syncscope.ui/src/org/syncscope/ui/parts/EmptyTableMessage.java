package org.syncscope.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Table;

/**
 * What an empty table says in its body: what would be listed there, where it comes from and what to do next,
 * drawn below the headers, wrapped to the table's width, until the first row arrives.
 */
public final class EmptyTableMessage {

	/** The table datum that holds the message (for tests, which cannot read what was painted). */
	public static final String KEY = "org.syncscope.ui.emptyTableMessage";

	private static final int MARGIN = 8;

	private EmptyTableMessage() {
	}

	/** Shows {@code message} in {@code table} whenever it has no rows. */
	public static void install(Table table, String message) {
		table.setData(KEY, message);
		table.addListener(SWT.Paint, event -> {
			if (table.getItemCount() > 0) {
				return;
			}
			Rectangle area = table.getClientArea();
			// the paint origin is the table's top, above the header (GTK counts the header into the client area)
			int top = (table.getHeaderVisible() ? table.getHeaderHeight() : 0) + MARGIN;
			TextLayout layout = new TextLayout(table.getDisplay());
			try {
				layout.setText(message);
				layout.setFont(table.getFont());
				layout.setWidth(Math.max(40, area.width - 2 * MARGIN));
				event.gc.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
				layout.draw(event.gc, MARGIN, top);
			} finally {
				layout.dispose();
			}
		});
	}
}
