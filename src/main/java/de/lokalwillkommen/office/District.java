package de.lokalwillkommen.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A city district (Stadtbezirk); an office serves one or more. */
@Entity
class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false, unique = true)
    private String name;

    protected District() {
    }

    District(String code, String name) {
        this.code = code;
        this.name = name;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    DistrictRef toRef() {
        return new DistrictRef(id, name);
    }
}
