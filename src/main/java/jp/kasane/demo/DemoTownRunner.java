package jp.kasane.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Loads the demo town at start-up when enabled (see {@link DemoTownCondition}). */
@Component
@Conditional(DemoTownCondition.class)
class DemoTownRunner implements ApplicationRunner {

	private final DemoTownLoader loader;
	private final int households;

	DemoTownRunner(DemoTownLoader loader, @Value("${kasane.demo.households:120}") int households) {
		this.loader = loader;
		this.households = households;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!loader.loaded()) {
			loader.load(households);
		}
	}
}
