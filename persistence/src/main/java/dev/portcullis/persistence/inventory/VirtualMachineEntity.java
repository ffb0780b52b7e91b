package dev.portcullis.persistence.inventory;

import dev.portcullis.engine.vocabulary.JitStatus;
import dev.portcullis.engine.vocabulary.OsType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The current state of one VM as of the last successful scan of its subscription; updated only on change. */
@Entity
@Table(name = "virtual_machine")
public class VirtualMachineEntity extends PanacheEntityBase {

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

    public String location;

    @Enumerated(EnumType.STRING)
    @Column(name = "os_type", nullable = false)
    public OsType osType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "public_ips", nullable = false)
    public List<String> publicIps;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "exposed_ports")
    public List<Integer> exposedPorts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "network_interfaces")
    public List<NicColumn> networkInterfaces;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "exposures")
    public List<ExposureColumn> exposures;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "jit_ports", nullable = false)
    public List<JitPortColumn> jitPorts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> tags = Map.of();

    /** Filled in by the database from {@link #exposedPorts}; null while exposure is not evaluated. */
    @Column(name = "exposed_port_count", insertable = false, updatable = false)
    public Integer exposedPortCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "jit_status", nullable = false)
    public JitStatus jitStatus;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * One way the internet reaches a management port: the public IP, and the NSG rule that lets it in at each level
     * ({@code nsgId} null when no NSG filters the path and a Basic public IP is open).
     */
    public record ExposureColumn(int port, String publicIp, String nsgId, String nsgName, String ruleName,
                                 Integer priority, boolean jitRule, String place, String path) {
    }

    /** A NIC of the VM with the NSG on it and the NSGs on its subnets (null or empty when none). */
    public record NicColumn(String id, String name, String nsgId, List<String> subnetNsgIds) {
    }

    /** A JIT port rule as stored in the {@code jit_ports} JSON column. */
    public record JitPortColumn(int number, String protocol, List<String> allowedSources,
                                String maxRequestAccessDuration) {
    }
}
