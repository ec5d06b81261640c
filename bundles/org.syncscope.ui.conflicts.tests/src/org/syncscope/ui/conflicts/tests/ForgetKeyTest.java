package org.syncscope.ui.conflicts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.store.KeyErasure;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditLog;
import org.syncscope.store.audit.AuditQuery;
import org.syncscope.store.audit.AuditVerification;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.ui.conflicts.ConflictPrompts;
import org.syncscope.ui.conflicts.audit.AuditPart;

/**
 * Conflicts > Forget Key… in the workbench: the key's captured conflict goes, its audit row stays without the
 * key or its values, the erasure is audited by the key's fingerprint and reason, and the trail still verifies.
 */
class ForgetKeyTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String COMMAND = "org.syncscope.ui.conflicts.command.forgetKey";

	private final Display display = Display.getCurrent();

	@Test
	void aForgottenKeysDataGoesAndTheErasureIsAudited() throws Exception {
		MWindow window = ConsoleWorkbench.mainWindow(display, TIMEOUT);
		MApplication application = ConsoleWorkbench.application();
		UiWait.until(display, "the store and the console's service", TIMEOUT,
				() -> application.getContext().get(ResolutionService.class) != null
						&& application.getContext().get(SyncScopeStore.class) != null);
		ResolutionService service = application.getContext().get(ResolutionService.class);
		SyncScopeStore store = application.getContext().get(SyncScopeStore.class);
		String key = "customer-" + UUID.randomUUID() + "@example.org";
		store.inTransaction(connection -> {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conflicts (link_id, record_key, "
					+ "detected_at, state, versions) VALUES ('eu-west-to-us-east', ?, 1, 'DEFERRED', '[]')")) {
				insert.setString(1, key);
				insert.executeUpdate();
			}
			AuditLog.append(connection, new AuditEntry(0, Instant.now(), "ada", "DEFER", "eu-west-to-us-east", key,
					0, "{\"email\":\"" + key + "\"}", "", "UI test: the customer asked to wait"));
			return null;
		});
		RecordingPrompts prompts = new RecordingPrompts();
		prompts.keyToForget = key;
		prompts.reason = "UI test: the customer asked to be forgotten (GDPR art. 17)";
		application.getContext().set(ConflictPrompts.class, prompts);

		ECommandService commands = window.getContext().get(ECommandService.class);
		EHandlerService handlers = window.getContext().get(EHandlerService.class);
		ParameterizedCommand forget = commands.createCommand(COMMAND, null);
		assertTrue(handlers.canExecute(forget), "Forget Key is enabled once the store is open");
		handlers.executeHandler(forget);
		UiWait.until(display, "the key forgotten", TIMEOUT, () -> !prompts.dones.isEmpty() || !prompts.failures.isEmpty());
		assertEquals(List.of(), prompts.failures);
		assertTrue(prompts.dones.get(0).contains("Forgotten: 1 conflict(s)"), prompts.dones.toString());

		assertEquals(0, conflictsOf(store, key), "the captured conflict is gone");
		assertEquals(List.of(), service.audit(new AuditQuery("", "", key, 100)), "no audit row holds the key");
		List<AuditEntry> erasure = service.audit(new AuditQuery("", ResolutionService.FORGET_KEY, "", 100)).stream()
				.filter(entry -> entry.key().equals(KeyErasure.fingerprint(key))).toList();
		assertEquals(1, erasure.size(), "the erasure is audited by the key's fingerprint");
		assertEquals(prompts.reason, erasure.get(0).reason());
		assertTrue(!erasure.get(0).after().contains(key), erasure.get(0).after());
		AuditVerification trail = service.verifyAuditTrail();
		assertTrue(trail.intact(), trail.summary());

		window.getContext().get(EPartService.class).showPart(AuditPart.ID, PartState.ACTIVATE);
		UiWait.processEvents(display);
		Screenshots.ofShell((Shell) window.getWidget(), "forget-key-audited");
	}

	private static long conflictsOf(SyncScopeStore store, String key) throws Exception {
		return store.read(connection -> {
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT COUNT(*) FROM conflicts WHERE record_key = ?")) {
				select.setString(1, key);
				try (ResultSet rows = select.executeQuery()) {
					rows.next();
					return rows.getLong(1);
				}
			}
		});
	}
}
