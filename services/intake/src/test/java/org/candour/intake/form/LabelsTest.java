package org.candour.intake.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.candour.events.ProfessionalRole;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void everyRoleIsInTheRoleListOnce() {
        assertThat(Stream.concat(
                        Labels.ROLE_GROUPS.stream().flatMap(group -> group.roles().stream()),
                        Labels.UNGROUPED_ROLES.stream()))
                .containsExactlyInAnyOrder(ProfessionalRole.values());
    }

    @Test
    void everyRoleHasItsOwnWords() {
        assertThat(Arrays.stream(ProfessionalRole.values()).map(Labels::role)).doesNotHaveDuplicates();
    }
}
