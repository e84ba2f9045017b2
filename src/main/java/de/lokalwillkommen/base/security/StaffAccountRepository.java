package de.lokalwillkommen.base.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByRole(StaffRole role);

    long countByRoleAndActiveTrue(StaffRole role);

    java.util.List<StaffAccount> findAllByOrderByUsername();

    @org.springframework.data.jpa.repository.Query("select a.rightsVersion from StaffAccount a where a.id = :id")
    Optional<Long> findRightsVersionById(long id);
}
