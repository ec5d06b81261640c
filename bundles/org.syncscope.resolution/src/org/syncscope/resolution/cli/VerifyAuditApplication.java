package org.syncscope.resolution.cli;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.syncscope.store.SyncScopeStore;

/**
 * The headless audit check as an Equinox application ({@code -application org.syncscope.resolution.verifyaudit},
 * what the launcher's {@code syncscope verify-audit} passes), on the workspace's store unless {@code --store}
 * names another.
 */
public final class VerifyAuditApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Path workspace = Path.of(Platform.getInstanceLocation().getURL().getPath());
		return new VerifyAuditCommand(System.out, System.err, SyncScopeStore.inWorkspace(workspace)).run(args);
	}

	@Override
	public void stop() {
		// the check is short and read-only: nothing to cancel
	}
}
