package org.syncscope.ui.topology.overview;

import org.eclipse.swt.graphics.RGB;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.SyncLink;

/**
 * Where monitoring tells the overview how healthy an endpoint or link is. Put an implementation into the
 * workbench context (set it again when statuses change) and the overview redraws with its colours; without
 * one, everything is drawn in neutral colours, since the editor itself knows no status.
 */
public interface StatusColors {

	/** The colour of {@code endpoint}'s status, or null to draw it neutrally. */
	RGB endpoint(Endpoint endpoint);

	/** The colour of {@code link}'s status, or null to draw it neutrally. */
	RGB link(SyncLink link);

	/** A short line drawn under {@code link}'s name (its connectors' states, say), or null for none. */
	default String linkNote(SyncLink link) {
		return null;
	}
}
