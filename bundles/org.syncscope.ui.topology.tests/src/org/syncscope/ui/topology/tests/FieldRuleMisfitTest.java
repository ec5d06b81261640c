package org.syncscope.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.SyncSimulator;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.SampleTopology;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.ui.topology.TopologyPrompts;
import org.syncscope.ui.topology.TopologyUi;
import org.syncscope.ui.topology.problems.ProblemsPart;

/**
 * A field rule whose type does not fit the values the link carries: the sample with its us-east and ap-south
 * links ruling the order amount a {@code SET} (the simulator writes it as a number), opened on a real broker
 * while the simulator writes concurrently. Once a conflict there is captured, the Problems part warns on the
 * link that the rule does not fit a value seen, naming the value (screenshot {@code field-rule-misfit}).
 */
@ExtendWith(KafkaBrokerExtension.class)
class FieldRuleMisfitTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final SimulatorSettings SCENARIO = new SimulatorSettings(List.of("eu-west", "us-east", "ap-south"),
			500, 60, 0.15, 0.0, 0, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), 3, 23L);

	private final Workbench workbench = new Workbench();
	private final RecordingPrompts prompts = new RecordingPrompts();
	private TopologyPrompts originalPrompts;

	@BeforeEach
	void recordingPrompts() {
		originalPrompts = workbench.context().get(TopologyPrompts.class);
		workbench.context().set(TopologyPrompts.class, prompts);
	}

	@AfterEach
	void restore() {
		workbench.activeTopology().close();
		workbench.context().set(TopologyPrompts.class, originalPrompts);
	}

	@Test
	void aRuleThatDoesNotFitTheValuesSeenIsAProblemOnItsLink(LocalKafkaBroker broker) throws Exception {
		Path file = SampleTopology.savedIn(TestOutput.scratchFolder("field-rule-misfit"), broker.bootstrapServers());
		String sample = Files.readString(file, StandardCharsets.UTF_8);
		String amountAsSet = sample.replace("<fieldRules path=\"amountCents\" type=\"MAX\"/>",
				"<fieldRules path=\"amountCents\" type=\"SET\"/>");
		assertTrue(!amountAsSet.equals(sample), "the sample rules amountCents by MAX");
		Files.writeString(file, amountAsSet, StandardCharsets.UTF_8);
		try (SyncSimulator simulator = SyncSimulator.start(broker.bootstrapServers(), SCENARIO)) {
			workbench.open(prompts, file);
			ProblemsPart problems = workbench.part(TopologyUi.PROBLEMS_PART, ProblemsPart.class, PartState.ACTIVATE);
			String expected = "The field rule amountCents SET does not fit a value seen: ";
			UiWait.until(workbench.display, "the misfit in the Problems part", TIMEOUT,
					() -> messages(problems).stream().anyMatch(message -> message.startsWith(expected)));
			String message = messages(problems).stream().filter(m -> m.startsWith(expected)).findFirst().orElseThrow();
			assertTrue(message.contains(" is not an array (order-"), message);
			assertTrue(messages(problems).stream().noneMatch(m -> m.startsWith("The field rule status")),
					"status LWW fits any value: " + messages(problems));
			Screenshots.ofShell(workbench.shell, "field-rule-misfit");
		}
	}

	private static List<String> messages(ProblemsPart problems) {
		return List.of(problems.viewer().getTable().getItems()).stream().map(item -> item.getText(1)).toList();
	}
}
