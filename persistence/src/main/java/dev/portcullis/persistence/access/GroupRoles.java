package dev.portcullis.persistence.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Single sign-on groups to roles: {@code group=ROLE:*} or {@code group=ROLE:tenant,tenant}, entries separated by
 * {@code ;} (as in {@code PORTCULLIS_SSO_GROUP_ROLES}). A person in several mapped groups gets the highest role among
 * them, over the tenants of the groups that give that role: a lower role elsewhere is not stretched to those tenants,
 * and a higher one is not stretched to the lower one's tenants.
 */
public final class GroupRoles {

    private record Entry(String group, Role role, boolean allTenants, Set<UUID> tenants) {
    }

    private final List<Entry> entries;

    private GroupRoles(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** @throws IllegalArgumentException naming the entry that cannot be read */
    public static GroupRoles parse(String mapping) {
        List<Entry> entries = new ArrayList<>();
        if (mapping == null || mapping.isBlank()) {
            return new GroupRoles(entries);
        }
        for (String raw : mapping.split(";")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            int colon = entry.indexOf(':', Math.max(equals, 0));
            if (equals <= 0 || colon < 0) {
                throw new IllegalArgumentException("group role entry '" + entry + "' is not group=ROLE:tenants");
            }
            Role role = Role.parse(entry.substring(equals + 1, colon).trim().toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new IllegalArgumentException("group role entry '" + entry
                            + "' names no role of " + List.of(Role.values())));
            String tenants = entry.substring(colon + 1).trim();
            Set<UUID> ids = new LinkedHashSet<>();
            if (!"*".equals(tenants)) {
                for (String tenant : tenants.split(",")) {
                    try {
                        ids.add(UUID.fromString(tenant.trim()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("group role entry '" + entry + "' has a tenant that is"
                                + " not a GUID: " + tenant.trim());
                    }
                }
            }
            entries.add(new Entry(entry.substring(0, equals).trim(), role, "*".equals(tenants), ids));
        }
        return new GroupRoles(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The grant of a person in these groups; empty when none of them is mapped. */
    public Optional<Grant> grantFor(Collection<String> groups) {
        List<Entry> matched = entries.stream().filter(e -> groups.contains(e.group())).toList();
        Optional<Role> highest = matched.stream().map(Entry::role).max(Role::compareTo);
        return highest.map(role -> {
            List<Entry> giving = matched.stream().filter(e -> e.role() == role).toList();
            boolean all = giving.stream().anyMatch(Entry::allTenants);
            Set<UUID> tenants = new LinkedHashSet<>();
            giving.forEach(e -> tenants.addAll(e.tenants()));
            return new Grant(role, all, tenants);
        });
    }
}
