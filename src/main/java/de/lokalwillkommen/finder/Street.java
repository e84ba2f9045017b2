package de.lokalwillkommen.finder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One entry of the city's street directory: a street, one of its postcodes, and the district it lies in. */
@Entity
class Street {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    /** The name as people type it: see {@link StreetNames#key}. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(nullable = false)
    private String postcode;

    @Column(name = "district_id", nullable = false)
    private long districtId;

    protected Street() {
    }

    Street(String name, String postcode, long districtId) {
        this.name = name;
        this.nameKey = StreetNames.key(name);
        this.postcode = postcode;
        this.districtId = districtId;
    }

    String getName() {
        return name;
    }

    String getPostcode() {
        return postcode;
    }

    long getDistrictId() {
        return districtId;
    }
}
