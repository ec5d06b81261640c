package org.syncscope.ui.conflicts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditLog;
import org.syncscope.store.audit.AuditVerification;
import org.syncscope.testing.ui.ModalDialogs;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.ui.conflicts.ConflictPrompts;
import org.syncscope.ui.conflicts.DialogConflictPrompts;

/**
 * Conflicts > Verify Audit Trail in the workbench: an untouched trail is intact; a row changed in Derby behind
 * SyncScope's back is named in the error the operator sees; put back, the trail verifies again.
 */
class VerifyAuditTrailTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String COMMAND = "org.syncscope.ui.conflicts.command.verifyAudit";

	private final Display display = Display.getCurrent();

	@Test
	void aRowChangedBehindSyncScopesBackIsNamedInTheError() throws Exception {
		MWindow window = ConsoleWorkbench.mainWindow(display, TIMEOUT);
		MApplication application = ConsoleWorkbench.application();
		UiWait.until(display, "the store and the console's service", TIMEOUT,
				() -> application.getContext().get(ResolutionService.class) != null
						&& application.getContext().get(SyncScopeStore.class) != null);
		RecordingPrompts prompts = new RecordingPrompts();
		application.getContext().set(ConflictPrompts.class, prompts);
		SyncScopeStore store = application.getContext().get(SyncScopeStore.class);
		store.inTransaction(connection -> {
			AuditLog.append(connection, new AuditEntry(0, Instant.now(), "ada", "RESOLVE_MANUAL", "eu-to-us",
					"order-7", 7, "{\"status\":\"NEW\"}", "{\"status\":\"PAID\"}", "UI test: the customer paid"));
			return null;
		});

		AuditVerification intact = verifyThroughTheMenuCommand(window, prompts);
		assertTrue(intact.intact(), intact.summary());

		long newest = newestPlace(store);
		String reason = changeReason(store, newest, "nothing to see here");
		AuditVerification broken = verifyThroughTheMenuCommand(window, prompts);
		assertEquals(newest, broken.firstBreak().orElseThrow().sequence(), broken.summary());
		assertTrue(broken.summary().contains("changed after it was written"), broken.summary());
		ModalDialogs.operate(display, "Verify Audit Trail", TIMEOUT, dialog -> {
			List<String> texts = Widgets.descendants(dialog, Label.class, label -> true).stream()
					.map(Label::getText).toList();
			assertTrue(texts.stream().anyMatch(text -> text.contains("BROKEN at row")), texts.toString());
			Screenshots.ofShell(dialog, "audit-trail-broken");
		}, () -> new DialogConflictPrompts().auditVerified((Shell) window.getWidget(), broken));

		changeReason(store, newest, reason);
		AuditVerification repaired = verifyThroughTheMenuCommand(window, prompts);
		assertTrue(repaired.intact(), repaired.summary());
		assertEquals(intact.headHash(), repaired.headHash());
	}

	private AuditVerification verifyThroughTheMenuCommand(MWindow window, RecordingPrompts prompts) {
		int before = prompts.verifications.size();
		ECommandService commands = window.getContext().get(ECommandService.class);
		EHandlerService handlers = window.getContext().get(EHandlerService.class);
		ParameterizedCommand verify = commands.createCommand(COMMAND, null);
		assertTrue(handlers.canExecute(verify), "Verify Audit Trail is enabled once the store is open");
		handlers.executeHandler(verify);
		UiWait.until(display, "the audit trail verified", TIMEOUT, () -> prompts.verifications.size() > before);
		return prompts.verifications.get(before);
	}

	private static long newestPlace(SyncScopeStore store) throws Exception {
		return store.read(connection -> {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT MAX(chain_seq) FROM audit_log")) {
				rows.next();
				return rows.getLong(1);
			}
		});
	}

	/** Sets the reason of the row at {@code place} with plain SQL, as someone with the store's files could. */
	private static String changeReason(SyncScopeStore store, long place, String reason) throws Exception {
		return store.inTransaction(connection -> {
			String before;
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT reason FROM audit_log WHERE chain_seq = ?")) {
				select.setLong(1, place);
				try (ResultSet rows = select.executeQuery()) {
					rows.next();
					before = rows.getString(1);
				}
			}
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE audit_log SET reason = ? WHERE chain_seq = ?")) {
				update.setString(1, reason);
				update.setLong(2, place);
				update.executeUpdate();
			}
			return before;
		});
	}
}
