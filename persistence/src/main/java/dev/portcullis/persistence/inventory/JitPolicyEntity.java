package dev.portcullis.persistence.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A JIT network access policy as of the last successful scan of its subscription. */
@Entity
@Table(name = "jit_policy")
public class JitPolicyEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subscription_ref", nullable = false)
    public UUID subscriptionRef;

    @Column(name = "resource_key", nullable = false, unique = true)
    public String resourceKey;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    @Column(nullable = false)
    public String name;

    @Column(name = "resource_group", nullable = false)
    public String resourceGroup;

    @Column(nullable = false)
    public String location;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "virtual_machines", nullable = false)
    public List<VmColumn> virtualMachines;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RequestColumn> requests;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A VM entry of the policy with its port rules and the linked firewall's public IP address (or null). */
    public record VmColumn(String id, List<VirtualMachineEntity.JitPortColumn> ports, String publicIpAddress) {
    }

    /** One access request of the policy's history. */
    public record RequestColumn(String requestor, String justification, String startTimeUtc,
                                List<RequestedVmColumn> virtualMachines) {
    }

    public record RequestedVmColumn(String id, List<RequestedPortColumn> ports) {
    }

    public record RequestedPortColumn(int number, List<String> allowedSources, String endTimeUtc, String status,
                                      String statusReason) {
    }
}
