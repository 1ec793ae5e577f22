package org.egovarchive.kernel.staff;

import java.util.List;
import java.util.Optional;

/** A department (部门) of the city government: a short id used in records and its display name. */
public record Department(String id, String name) {

    /** The departments of the demo data set. */
    public static final List<Department> DEMO = List.of(
            new Department("office", "市政府办公室"),
            new Department("info-center", "市信息中心"),
            new Department("housing", "市住建局"),
            new Department("education", "市教育局"),
            new Department("transport", "市交通运输局"));

    public static Optional<Department> demo(String id) {
        return DEMO.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
