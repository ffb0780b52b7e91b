package dev.portcullis.deploy.support;

import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.SimulatorOptions;
import dev.portcullis.simulator.estate.Estate;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the ARM simulator with the demo estate on a loopback port for the test run. Pages are kept small so every
 * list is paged and every nextLink is followed.
 */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final int PAGE_SIZE = 5;
    private static ArmSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = ArmSimulator.start(Estate.demo(), SimulatorOptions.defaults().pageSize(PAGE_SIZE));
        return Map.of();
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    public static ArmSimulator simulator() {
        return simulator;
    }
}
