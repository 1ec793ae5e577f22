package org.egovarchive.command.staff;

import org.egovarchive.kernel.staff.Department;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The departments of this city government: {@code egov.departments[n].id|name}; the five demo
 * departments when none are configured.
 */
@ConfigurationProperties("egov")
public record Departments(List<Department> departments) {

    public Departments {
        departments = departments == null || departments.isEmpty() ? Department.DEMO : List.copyOf(departments);
    }

    public boolean exists(String id) {
        return departments.stream().anyMatch(d -> d.id().equals(id));
    }
}
