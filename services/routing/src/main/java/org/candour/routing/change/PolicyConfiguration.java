package org.candour.routing.change;

import org.candour.routing.policy.RunningPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The routing policy in force, as {@link PolicySwitches} chose it at start and switches it while routing runs. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    RunningPolicy runningPolicy(PolicySwitches switches) {
        return switches.running();
    }
}
