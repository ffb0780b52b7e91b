package dev.portcullis.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GroupRolesTest {

    private static final UUID CONTOSO = UUID.fromString("c0a70500-0000-4000-8000-000000000001");
    private static final UUID FABRIKAM = UUID.fromString("fab21ca0-0000-4000-8000-000000000002");
    private static final GroupRoles ROLES = GroupRoles.parse("admins=ADMIN:*; contoso-ops=OPERATOR:" + CONTOSO
            + "; fabrikam-ops=OPERATOR:" + FABRIKAM + "; readers=VIEWER:" + CONTOSO + "," + FABRIKAM);

    @Test
    void theHighestMappedRoleHoldsOverTheTenantsOfTheGroupsGivingIt() {
        assertThat(ROLES.grantFor(List.of("contoso-ops", "fabrikam-ops", "readers")))
                .contains(new Grant(Role.OPERATOR, false, Set.of(CONTOSO, FABRIKAM)));
        assertThat(ROLES.grantFor(List.of("contoso-ops", "readers")))
                .as("the operator role is not stretched to the tenants only read")
                .contains(new Grant(Role.OPERATOR, false, Set.of(CONTOSO)));
        assertThat(ROLES.grantFor(List.of("admins", "readers"))).contains(new Grant(Role.ADMIN, true, Set.of()));
    }

    @Test
    void aPersonInNoMappedGroupGetsNothing() {
        assertThat(ROLES.grantFor(List.of("everyone"))).isEmpty();
        assertThat(GroupRoles.parse("").grantFor(List.of("admins"))).isEmpty();
    }

    @Test
    void aMappingThatCannotBeReadNamesItsEntry() {
        assertThatThrownBy(() -> GroupRoles.parse("admins=ROOT:*")).hasMessageContaining("admins=ROOT:*");
        assertThatThrownBy(() -> GroupRoles.parse("admins=ADMIN:contoso")).hasMessageContaining("not a GUID");
        assertThatThrownBy(() -> GroupRoles.parse("admins")).hasMessageContaining("group=ROLE:tenants");
    }
}
